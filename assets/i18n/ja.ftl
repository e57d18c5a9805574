# Kōshin — 日本語。

## App and navigation
app-tagline = 日本で使うデータ通信を切らさないために
nav-cards = カード
nav-overview = 概要
nav-renew = 更新
nav-receipts = 領収書
nav-checklist = 注意事項
nav-guide = 家族向けガイド
nav-settings = 設定
nav-temporary = サンプルデータ：一時的なコピーです。Kōshin を閉じると削除されます。
read-only-hint = データは現在読み取り専用のため、変更できません。

## Card kinds, channels, plans
kind-sim = SIM カード
kind-esim = eSIM
kind-pocket-wifi = ポケットWiFi
channel-online = オンライン（公式サイト・アプリ）
channel-store = 店舗
channel-third-party = 他社の販売サイト
channel-automatic = 自動更新
channel-short-online = オンライン
channel-short-store = 店舗
channel-short-third-party = 他社
channel-short-automatic = 自動
plan-per-day = 日単位
plan-per-month = 月単位
plan-data-pack = 追加データ
plan-rental = レンタル延長

## Cards screen
cards-title = あなたのカード
cards-add = カードを追加
cards-empty = まだカードがありません。日本で使う SIM カード、eSIM、ポケットWiFi を追加すると、Kōshin がいつまでに更新すべきかを管理します。
cards-col-kind = 種類
cards-col-label = カード
cards-col-owner = 使う人
cards-col-provider = 通信会社
cards-col-valid-until = 有効期限
cards-col-state = 状態
cards-archived = アーカイブ済み
cards-open-hint = 開いて編集・削除

## Card form
card-form-title-new = 新しいカード
card-form-title-edit = { $label } を編集
card-form-add = カードを追加
card-form-save = 変更を保存
card-form-cancel = キャンセル
card-form-delete = カードを削除…
card-form-cannot-save = まだ保存できません：
card-section-card = カードについて
card-section-provider = 通信会社とサポート
card-section-numbers = カードの番号
card-section-plan = プラン・有効期限・データ量
card-section-return = ルーターの返却
card-section-renewal = 更新と支払いの方法
card-section-notes = その他
card-section-helper = 更新を手伝ってくれる人
card-helper-hint = 家族向けガイドの「困ったときは？」に表示され、更新する人が誰に連絡すればよいか分かります。
field-helper-name = 手伝う人の名前
field-helper-phone = 手伝う人の電話番号・メッセンジャー
card-numbers-hint-sim = 電話番号と、SIM カード（または台紙）に印刷された ICCID。
card-numbers-hint-esim = ICCID はスマートフォンの eSIM 情報にあります。*#06# に発信すると EID と IMEI が表示されます。
card-numbers-hint-wifi = レンタル番号は予約メールに、製造番号はルーターのラベルにあります。
field-label = 名前
field-label-hint = 家族での呼び名。例：「お母さんの eSIM」
field-owner = 使う人
field-kind = 種類
field-provider = 通信会社
field-website = 通信会社のサイト
field-support = サポートの連絡先
field-phone-number = 電話番号
field-iccid = ICCID
field-eid = EID
field-imei = IMEI
field-imei-hint = スマートフォンで *#06# に発信すると表示されます。
field-rental-number = レンタル番号
field-device-serial = 製造番号
field-plan-name = プラン名
field-plan-kind = プランの種類
field-price = 料金
field-currency = 通貨
field-validity-date = 有効期限（日付）
field-validity-time = 有効期限（時刻）
field-activation-on = 開通から 24 時間単位で日数を数える
field-activation-date = 開通日
field-activation-time = 開通時刻
field-activation-days = 有効日数
field-activation-end = 有効期限 { $moment }
field-zone = 通信会社のタイムゾーン
field-zone-hint = 通信会社が日数を数えるタイムゾーン。日本の会社の多くは日本時間です。
field-allowance = データ容量
field-remaining = 残りデータ量
field-daily-cap = 1 日の上限
field-data-hint = 例：10 GB、500 MB。分からないときや無制限のときは空欄にします。
field-return-date = 返却期限（日付）
field-return-time = 返却期限（時刻）
field-return-place = 返却場所
field-notice-hours = 延長の申し込み期限（時間前）
field-notice-hours-hint = 返却の何時間前までに延長を申し込む必要があるか。多くは 48 時間です。
field-late-fee = 返却遅れの 1 日あたりの料金
field-late-fee-hint = プランの通貨で。Kōshin が延長料金と比べます。
field-channel = いつもの更新方法
field-auto-renew = 自動で更新される
field-payment-label = 支払い方法
field-last-four = 下 4 桁
field-payment-hint = 支払い方法の呼び名。例：「お父さんの Visa」「PayPal」。Kōshin はカード番号を保存しません。
field-notes = メモ
field-archived = アーカイブ（もう使っていない）
field-date-clear = 消去
card-delete-title = { $label } を削除しますか？
card-delete-body = { $count ->
    [0] カードを削除します。領収書はありません。
   *[other] カードを削除します。{ $count } 件の領収書はデータに残ります。
}
card-delete-confirm = カードを削除
card-delete-keep = 削除しない
card-added = { $label } を追加しました。
card-saved = { $label } を保存しました。
card-deleted = { $label } を削除しました。領収書は残っています。

## Card errors
card-error-missing-label = カードに名前を付けてください。例：「お母さんの eSIM」
card-error-label-taken = 「{ $label }」という名前のカードがすでにあります。区別できる名前にしてください。
card-error-last-four = 下 4 桁はちょうど 4 つの数字にするか、空欄にしてください。
payment-card-refused = { $field }：クレジットカード番号のようです（下 4 桁 { $last_four }）。Kōshin はカード番号を保存しません。「支払い方法」には名前と下 4 桁だけを入力してください。IMEI の場合は IMEI の欄に入力してください。

## Identifier warnings
id-warn-not-digits = 数字以外の文字が含まれています。カードと照らし合わせてください。
id-warn-hex-letters = この ICCID には英字が含まれています。そういうカードもありますが、カードと照らし合わせてください。
id-warn-length = { $found } 桁あります。通常は { $expected } 桁です。
id-warn-prefix = 通常は { $expected } で始まります。
id-warn-check-digit = 最後の桁（チェックディジット）が他の桁と合いません。入力ミスかもしれません。
id-warn-imei-check-missing = 最後の桁（チェックディジット）が抜けているようです。正しくは { $digit } です。
id-warn-eid-checksum = EID のチェックディジットが合いません。入力ミスかもしれません。
id-warn-not-jp-mobile = 日本の携帯電話番号（070・080・090・020 で始まる 11 桁）ではありません。

## Typed values
input-bad-date = 「{ $text }」は日付ではありません。2026-11-30 のように入力してください。
input-bad-time = 「{ $text }」は時刻ではありません。23:59 のように入力してください。
input-unknown-zone = 「{ $text }」は Kōshin が知らないタイムゾーンです。
input-bad-hours = 「{ $text }」は時間数ではありません。48 のように入力してください。
input-missing-activation = 開通した日（時間単位で数える会社なら時刻も）を入力してください。
input-bad-days = 「{ $text }」は日数ではありません。7 のように入力してください。
input-bad-data = 「{ $text }」はデータ量ではありません。3 GB や 500 MB のように入力してください。
money-bad-amount = 「{ $text }」は金額ではありません。1500 や 12.50 のように入力してください。
money-negative = 金額をマイナスにはできません。
money-unknown-currency = 「{ $code }」は通貨コードではありません。JPY、CNY、USD などのコードを使ってください。

## Settings
settings-title = 設定とデータ
settings-archive = データの保存場所
settings-archive-hint = カード、領収書、設定はこの 1 つのファイルに保存され、隣のフォルダーにバックアップがあります。
settings-open-folder = フォルダーを開く
settings-data-dir-hint = 別の場所（USB メモリ、同期フォルダー）に置くには、--data-dir フォルダー を付けて Kōshin を起動するか、KOSHIN_DATA_DIR を設定します。
settings-language = 言語
settings-language-system = システムの言語
settings-language-hint = 日付、家族向けガイド、書き出したリマインダー、コマンドラインがこの言語になります。
settings-theme = 外観
settings-guide-size = 家族向けガイドの文字の大きさ
settings-planning = 計画とリマインダー
settings-lead-time = 有効期限の何日前に更新するか
days-count = { $days } 日
settings-low-data = 残りデータ量がこれを下回ったら警告
settings-alarms = 各期限の前のカレンダー通知
settings-planning-hint = 有効期限やレンタル期間が終わるこの日数前、または今の使い方でデータがなくなる前日のうち、早いほうが更新の目安です。書き出したカレンダーは各期限のこの日数前に通知します。
theme-system = システムに合わせる
theme-light = ライト
theme-dark = ダーク
open-folder-failed = { $path } を開けませんでした：{ $detail }

## The archive file
store-io = { $path } を読み書きできませんでした：{ $detail }
store-damaged = { $path } の { $line } 行目 { $column } 文字目が壊れています：{ $problem }（詳細：{ $detail }）
damage-not-utf8 = ファイルに文字ではないバイトが含まれています。
damage-truncated = ファイルが途中で終わっています。書き込み中に中断されたのかもしれません。
damage-wrong-value = 値の種類が違うか（数字の場所に文字があるなど）、不明な値があります。
damage-syntax = ファイルの構造が壊れています（カンマ、括弧、引用符の不足）。
store-newer-unreadable = { $path } は新しい版の Kōshin（形式 { $version }）で書かれたため、この版では読めません。Kōshin を更新してから開いてください。ファイルは変更していません。
store-bad-version = { $path } の形式の版は { $version } ですが、この版を書く Kōshin はありません。
store-read-only = データは現在読み取り専用です。何も書き込んでいません。
store-no-backup = 読み込めるバックアップがありません。
store-serialize = データを文字として書き出せませんでした：{ $detail }
archive-read-only-title = 読み取り専用
archive-in-use = 別の Kōshin がこのデータを開いています。お互いの変更を上書きしないよう、この画面は読み取り専用です。もう一方を閉じてから、もう一度お試しください。
archive-unwritable = データのフォルダーに書き込めないため、この画面は読み取り専用です。{ $detail }
archive-newer = このデータは新しい版の Kōshin（形式 { $version }）で書かれました。何も失わないよう、読み取り専用で開いています。変更するには Kōshin を更新してください。
archive-try-again = もう一度試す
archive-reopened = データを再び変更できるようになりました。
archive-started-new = 新しいデータを作りました。壊れたファイルは { $aside } として残しています。
backup-restored = 最新のバックアップを復元しました。壊れたファイルは { $aside } として残しています。
damaged-title = データのファイルが壊れています
damaged-untouched = Kōshin はファイルを変更しておらず、上書きもしません。
damaged-restore-hint = 読み込める最新のバックアップは { $name } です。復元すると、壊れたファイルは別の名前で隣に残ります。
damaged-restore = 最新のバックアップを復元
damaged-no-backup = 読み込めるバックアップがありません。
damaged-start-new-hint = または、空の新しいデータを作ります。壊れたファイルは削除せず別の名前にして残すので、あとで手で直すこともできます。
damaged-start-new = 新しいデータを作る
save-failed = 変更を保存できませんでした：{ $detail } 変更はこの画面に残っています。問題が解決したら、もう一度お試しください。
notice-retry-save = もう一度保存
notice-dismiss = 閉じる

## Command line
cli-no-data-dir = 設定フォルダーが見つかりません。--data-dir フォルダー か KOSHIN_DATA_DIR で指定してください。
cli-demo-exists = { $path } はすでにあります。サンプルデータには空のフォルダーを選んでください。
cli-demo-written = サンプルデータを { $path } に書き出しました。
cli-check-missing = { $path } にはまだデータがありません。Kōshin は空のデータから始めます。
cli-check-sound = { $path } は正常です：カード { $cards } 枚、領収書 { $receipts } 件。
cli-check-newer = { $summary } 新しい版の Kōshin（形式 { $version }）で書かれたため、読み取り専用で開きます。

## Command line help (koshin --help)
cli-heading-usage = 使い方
cli-heading-commands = コマンド
cli-heading-arguments = 引数
cli-heading-options = オプション
cli-help-help = ヘルプを表示
cli-help-version = バージョンを表示
cli-help-koshin = 日本で使うデータ通信を切らさないために：更新を計画し、手順を一つずつ案内し、領収書を保存します。コマンドなしで起動するとアプリを開きます。
cli-help-data-dir = koshin.ron を置くフォルダー（既定は設定フォルダー、Linux では ~/.config/koshin。KOSHIN_DATA_DIR でも指定できます）
cli-help-demo-flag = サンプルデータの一時的なコピーでアプリを開く
cli-help-demo = サンプルデータ（SIM、eSIM、ポケットWiFi と領収書）を DIR に書き出す
cli-help-demo-dir = 書き出し先のフォルダー。まだデータがないこと
cli-help-demo-receipts = 小さなサンプルの代わりに、この数の領収書を持つ大家族を作る（大量データでの確認用）
cli-help-demo-cards = --receipts と一緒に：大家族のカードの数（既定 50）
cli-help-check = データを読み込んで確認します。何も書き込みません。正常なら終了コード 0、問題があれば 1
cli-help-due = もうすぐ更新が必要なカードを急ぐ順に表示し、更新期限を現地時間で示す
cli-help-due-within = 何日先まで見るか（既定 7）
cli-help-due-json = 文字の代わりに JSON で出力（スクリプト用）
cli-help-export = 他のプログラム用にファイルを書き出す
cli-help-export-ics = 更新期限をリマインダー付きの iCalendar ファイルに書き出す（スマホのカレンダー用）
cli-help-export-ics-file = 書き出す .ics ファイル
cli-help-export-card = カードを 1 枚、共有用に書き出す（領収書と履歴は含まない）
cli-help-card-label = カードの名前
cli-help-export-card-file = 書き出すファイル（.koshin-card.ron）
cli-help-export-card-without = カードの番号（電話番号、ICCID、EID、IMEI、レンタル番号）を含めない
cli-help-export-receipts = すべての領収書を CSV に書き出す。列は date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes
cli-help-export-receipts-file = 書き出す .csv ファイル
cli-help-import = ファイルをデータに取り込む
cli-help-import-card = 共有されたカード（.koshin-card.ron）を新しいカードとして追加。同じ名前があれば「 (2)」を付ける
cli-help-import-card-file = 読み込むカードのファイル
cli-help-import-receipts = CSV から領収書を取り込む（列は export receipts と同じ）。先に全行を確認し、1 行でも問題があれば何も取り込まず、問題のある行をすべて示す
cli-help-import-receipts-file = 読み込む .csv ファイル
cli-help-guide = カードの家族向けガイドを書き出す：FILE.html なら HTML、FILE.md なら Markdown
cli-help-guide-lang = ガイドの言語：en、zh-Hans、zh-Hant、ja（既定はアプリの言語）
cli-help-guide-out = 書き出すファイル（.html または .md で終わる名前）

## Renew screen
renew-title = カードを更新する
renew-hint = Kōshin が更新を一歩ずつ案内します。いつでも中断して、アプリを閉じたあとでも続きから再開できます。
renew-no-cards = まず「カード」画面でカードを追加してください。
renew-validity-unknown = 有効期限が不明
renew-valid-until = 有効期限 { $moment }
renew-start = { $label } を更新
renew-continue = { $label } の更新を続ける（{ $steps } ステップ中 { $step }）
renewal-cancelled = { $label } の更新を中止しました。何も変更していません。
renewal-recorded = { $label } の更新を記録しました：有効期限は { $until } です。領収書はデータに保存しました。
renewal-failure-recorded = { $label } の失敗した更新を記録しました。カードは変更していません。

## Wizard: frame
wizard-renewing = { $label }（{ $provider }）を更新中
wizard-step-of = ステップ { $n }／{ $count }：{ $title }
wizard-steps = ステップ
wizard-to-continue = 次に進むには：
wizard-back = 戻る
wizard-next = 次へ
wizard-record = 更新を記録
wizard-failed = うまくいかない…
wizard-cancel = 更新をやめる…
wizard-cancel-title = この更新をやめますか？
wizard-cancel-body = { $label } について入力した内容は破棄されます。カード、領収書、履歴はそのままです。
wizard-cancel-confirm = 更新をやめる
wizard-cancel-keep = 更新を続ける
wizard-unticked-title = まだ終わっていない注意事項があります
wizard-unticked-body = { $count ->
   *[other] 注意事項が { $count } 件、まだ終わっていないかチェックされていません：
}
wizard-record-anyway = このまま記録
wizard-back-to-checklist = 注意事項に戻る
wizard-moment-left = { $deadline } に終了。{ $countdown }。
wizard-moment-past = { $moment } に終了しました。カードはもう使えません。すぐに更新してください。別の回線（ホテルの WiFi など）が必要かもしれません。

## Wizard: step titles
step-check-card = カードを確認
step-check-rental = レンタル期間を確認
step-check-phone = スマートフォンを確認
step-check-router = ルーターを確認
step-choose-how = 更新方法を選ぶ
step-prepare-payment = 支払いの準備
step-choose-plan = プランを選ぶ
step-choose-extension = 延長日数を選ぶ
step-enter-details = 情報を入力して確認
step-pay = 支払う
step-confirm = 更新できたか確認
step-confirm-return = 新しい返却日を確認
step-keep-proof = 証拠を残す
step-summary = 確認して記録

## Wizard: what blocks Next
wizard-need-validity = 通信会社が表示している有効期限の日付を入力してください。
wizard-need-return = ルーターの返却期限の日付を入力してください。
wizard-need-sim-device = スマートフォンの確認を 2 つともチェックしてください。SIM ロックされた端末や日本の周波数に対応していない端末では、この SIM は使えません。
wizard-need-esim-support = スマートフォンが eSIM に対応していることをチェックしてください。対応していないと eSIM は使えません。
wizard-need-connection = 新しい eSIM はインターネット経由でダウンロードします。今つながるデータ通信か WiFi があることをチェックしてください。
wizard-need-auto-checks = 2 つともチェックしてください：自動更新がオンであること、登録したカードが有効であること。
wizard-need-payment = 使う支払い方法の名前を入力してください。例：「Lin の Visa」「PayPal」「現金（円）」
wizard-need-plan-name = 通信会社の表示どおりにプラン名を入力してください。
wizard-need-days = 延長する日数を入力してください。
wizard-bad-days = 「{ $text }」は日数ではありません。3 のように入力してください。
wizard-need-identifier = { $field } を入力してください。通信会社に聞かれます。
wizard-need-amount = 支払った金額を入力してください。
wizard-need-new-validity = 通信会社が表示している新しい有効期限を入力してください。
wizard-need-step = 先に「{ $step }」を終えてください。

## Wizard: step 1, check the card
wizard-check-card-sim = SIM が使えなくなる日と、残りのデータ量を調べます。通信会社のアプリかサイトで両方確認できます。SMS で知らせる会社もあり、サポートに聞くこともできます。表示が下と違う場合は直してください。
wizard-check-card-esim = eSIM の会社のアプリ（またはサイト）を開き、eSIM の有効期限と残りのデータ量を調べます。アプリの表示が下と違う場合は直してください。
wizard-check-card-wifi = レンタル期間の終わりを確認します。予約メールとレンタル会社のサイトに載っています。使ったデータ量はルーターの画面に表示されます。
wizard-rental-end-date = レンタル終了日

## Wizard: step 2, check the device
wizard-device-sim = スマートフォンでこの SIM が使えるか確認します。
wizard-phone-unlocked = SIM ロックがかかっていない（他社の SIM が使える）
wizard-bands-ok = 日本の周波数帯に対応している（端末の仕様を参照）
wizard-sim-inside-japan = チャージによっては日本国内で、しかもこの SIM 自体の回線からしかできないものがあります。出国前に更新し、SIM はスマートフォンに入れたままにしてください。
wizard-device-esim = スマートフォンに eSIM を入れられるか確認します。*#06# に発信すると EID が表示されます。
wizard-esim-supported = スマートフォンが eSIM に対応している
wizard-esim-mode = チャージか、新しい eSIM か？
wizard-esim-top-up = 今の eSIM にチャージする
wizard-esim-new = 新しい eSIM を買う
wizard-esim-new-warning = 新しい eSIM は通信できる状態でダウンロードする必要があります。データ通信かホテルの WiFi が使えるうちに行い、新しい eSIM が使えるようになるまで古い eSIM は残しておいてください。
wizard-connection-ok = 今つながるデータ通信か WiFi がある
wizard-esim-never-delete = チャージするかもしれない eSIM は削除しないでください。一度しかインストールできないものもあります。
wizard-device-wifi = レンタルを延長する前にルーターを確認します。
wizard-battery-ok = ルーターが充電されている
wizard-charger-ok = 充電器とケーブルがルーターと一緒にある
wizard-late-return-warning = 返却が遅れると毎日料金がかかり、延長より高いことがよくあります。何日も返却しないと紛失扱いになります。

## Wizard: step 3, choose how
wizard-choose-how-intro = 今回はどの方法で更新しますか？
wizard-how-online = いちばん早い方法です。初回の支払いで確認コードやメール確認が必要なことがあり、海外のカードは断られることがあります。
wizard-how-store = 店員がプラン選びや質問を手伝ってくれます。現金のみの店もあるので、十分な日本円、パスポート、カードかスマートフォンを持って行きましょう。
wizard-how-third-party = 通信会社以外の販売者です。安いこともありますが、購入後のサポートは弱めです。
wizard-how-automatic = 買うものはありません。プランは毎月自動で更新されます。更新されることを確認するだけです。
wizard-third-party-warning = 支払う前に販売者の評判を確認してください。最近のレビューを読み、通信会社が案内している販売者を選びましょう。更新に必要な情報だけを伝えてください。個人情報が漏れるおそれがあります。
wizard-provider-site = 通信会社のサイト：

## Wizard: step 4, prepare the payment
wizard-prepare-online = 海外決済に使える支払い方法（クレジットカードや PayPal）を用意します。海外のカードは断られることがある（3-D セキュア、カード会社のブロック、請求先住所、日本発行カードのみ）ので、もう 1 枚用意しておきましょう。
wizard-prepare-third-party = 販売者が受け付け、海外決済に使える支払い方法を用意します。PayPal やクレジットカードなど、購入者保護のあるものがおすすめです。
wizard-prepare-store = 日本円の現金を用意しましょう。現金のみの店が多いです。パスポートとカードかスマートフォンも持って行きます。
wizard-prepare-automatic = 通信会社のアプリかアカウントを開いて、2 つのことを確認します。
wizard-international-ok = この支払い方法は海外での支払いに使える
wizard-auto-renew-on = 自動更新がオンになっている
wizard-card-on-file = 登録したカードがまだ有効（期限切れや利用停止ではない）

## Wizard: step 5, choose the plan
wizard-plan = プランを選びます：日単位、月単位、または追加データ。支払う前に条件を読みましょう。
wizard-plan-wifi = 下の期限までにレンタル会社へ延長を申し込みます。延長料金と返却遅れの料金を比べましょう。
wizard-extension-fee = 1 日あたりの延長料金
wizard-extension-days = 延長する日数
wizard-extension-cheaper = { $days } 日延長すると { $extend }、{ $days } 日遅れて返却すると { $late } です。延長するほうが安くなります。
wizard-late-cheaper = { $days } 日延長すると { $extend }、{ $days } 日遅れて返却すると { $late } です。会社の規約を確認してください。長く返さないと紛失扱いになります。
wizard-deadline = { $deadline } までに延長を申し込んでください（返却の { $hours } 時間前）。
wizard-deadline-passed = 申し込み期限（{ $deadline }、返却の { $hours } 時間前）を過ぎています。今すぐレンタル会社に電話して、まだ延長できるか聞いてください。
wizard-addon-warning = 追加データの中には、メインのプランを使い切ってから始まり、有効期限は延びないものがあります。
wizard-terms = 支払う前にこれらの条件を確認
wizard-term-cap = 1 日のデータ上限はあるか、超えるとどのくらい遅くなるか？
wizard-term-roaming = 日本以外でローミング料金はかかるか？
wizard-term-start = 有効期限はいつ始まるか：購入時、開通時、今のプランの終了後？
wizard-term-day-end = 1 日はどのタイムゾーンで終わるか：日本時間、UTC+8、UTC、開通から 24 時間？
wizard-term-refund = 使い残したデータは返金されるか？
wizard-terms-understood = プランの条件を理解した
wizard-refund-known = 返金の規定を知っている

## Wizard: step 6, details
wizard-details-online = これらの情報を通信会社のページに入力し、送信する前にカードと照らし合わせて 1 つずつ確認してください。
wizard-details-third-party = これらの情報を販売者のページに入力し、送信する前にカードと照らし合わせて 1 つずつ確認してください。
wizard-details-store = これらの情報を店員に見せ、支払う前に入力内容を確認してください。
wizard-plan-chosen = プラン
wizard-details-checked = すべての情報をカードと照らし合わせた

## Wizard: step 7, pay
wizard-pay-online = 通信会社のサイトかアプリで支払います。確認コードを求められたら、SMS かメールで届きます。
wizard-pay-third-party = 販売者のページで支払います。注文番号を控えるまで確認ページを閉じないでください。
wizard-pay-store = カウンターで支払い、領収書をもらいます。
field-amount = 支払った金額
field-order-number = 注文番号
wizard-pay-order-hint = 注文番号は確認ページ、メール、店の領収書に載っています。何かあったときにサポートに聞かれます。

## Wizard: step 8, confirm
wizard-confirm = 通信会社のアプリかアカウントに新しい有効期限（とデータ量）が表示されているか確認し、その内容を入力します。
wizard-confirm-wifi = レンタル会社が延長を確認したか（メールかサイトで）確かめ、新しい返却日を入力します。
wizard-new-validity-date = 新しい有効期限（日付）
wizard-new-return-date = 新しい返却期限（日付）
wizard-new-time = 新しい終了時刻
wizard-new-remaining = 現在のデータ量

## Wizard: step 9, keep the proof
wizard-keep-proof = 証拠を残します：注文番号、支払いの領収書、確認メール。更新を記録すると、Kōshin が領収書を保存します。
wizard-keep-proof-files = 確認メールを残し、確認ページのスクリーンショットを撮っておきましょう。

## Wizard: summary
wizard-summary-intro = 記録する内容を確認してください。「更新を記録」を押すまで何も変わりません。
wizard-summary-open = { $count ->
   *[other] まだ終わっていない注意事項が { $count } 件あります。注意事項を見てください。
}
wizard-summary-incomplete = まだ終わっていないステップがあります。
wizard-summary-record-hint = 記録すると、カードの有効期限とデータ量を更新し、領収書を追加し、カードの履歴に更新を残します。
summary-card = カード
summary-channel = 更新方法
summary-validity = 有効期限
summary-validity-change = { $old } から { $new } へ
summary-data = データ量
summary-plan = プラン
summary-amount = 金額
summary-order = 注文番号

## Wizard: when it didn't work
recovery-title = うまくいかない
recovery-intro = 心配いりません。何も失われていません。順番に試してください。
recovery-network-title = 1. 接続を確認
recovery-network = スマートフォンやパソコンがつながっているか確認し、ホテルの WiFi など別のネットワークに切り替えて、もう一度試してください。
recovery-payment-title = 2. 別の支払い方法を試す
recovery-payment = 海外のカードはよく断られます。別のカードや PayPal を試すか、店舗で支払ってください。
recovery-support-title = 3. サポートに連絡
recovery-support = 通信会社のサポートに連絡し、次の情報を用意してください：
recovery-no-support = このカードにはサポートの連絡先が保存されていません
recovery-no-order = まだありません
recovery-note-title = 何が起きたか
recovery-note = 履歴のメモ
wizard-retry = もう一度試す
wizard-record-failure = 失敗として記録

## Checklist
checklist-title = 注意事項チェックリスト
checklist-hint = 進行中の各更新の注意事項です。いくつかは Kōshin が自動で確認します。それ以外は終わったらチェックしてください。
checklist-none = 進行中の更新はありません。「更新」画面で更新を始めると、その注意事項がここに表示されます。
checklist-for = { $label } を更新中
checklist-all-done = 注意事項はすべて完了です。
checklist-open = { $count ->
   *[other] 残りの注意事項 { $count } 件。
}
precaution-renew-early = 早めに更新：データがなくなる前日、有効期限の数日前までに
precaution-identifiers-valid = 入力した番号が正しい
precaution-check-details = 送信前にすべての情報を確認
precaution-keep-proof = 証拠を残す：注文番号、領収書、確認メール
precaution-understand-terms = プランの条件を理解：1 日の上限、ローミング料金、有効期限の始まり
precaution-refund-policy = 返金の規定を知っておく
precaution-reputation = 販売者の評判を確認
precaution-bring-cash = 店舗には十分な日本円の現金を持って行く
precaution-roaming-off = 自国の SIM のデータローミングをオフにする
precaution-keep-esim = eSIM を削除しない（あとでチャージするかもしれない）
precaution-extension-notice = 会社の期限までに延長を申し込む
judge-data-gone = データを使い切りました。
judge-validity-unknown = 有効期限が分かりません。
judge-expired = 有効期限はすでに切れています。
judge-late = 残り { $hours } 時間です。Kōshin は { $days } 日前の更新をおすすめします。
judge-early = 期限まであと { $days } 日です。
judge-id-missing = { $field } がありません。
judge-id-warning = { $field } を確認してください。正しくないようです。
judge-proof-kept = 注文番号 { $order }。
judge-proof-missing = 注文番号が控えられていません。
judge-proof-later = 支払い時に控えます。
judge-return-unknown = 返却日が分かりません。
judge-notice-ok = { $deadline } までに申し込みます。
judge-notice-passed = 期限（{ $deadline }）を過ぎています。

## Moments and durations
format-date = { $year }年{ $month_n }月{ $day_n }日
format-date-weekday = { $date }({ $weekday })
format-moment = { $date } { $time } { $zone }
format-deadline = { $date } { $time } { $zone }
format-weekday-1 = 月
format-weekday-2 = 火
format-weekday-3 = 水
format-weekday-4 = 木
format-weekday-5 = 金
format-weekday-6 = 土
format-weekday-7 = 日
zone-japan = 日本時間
deadline-both = { $provider }（あなたの時間で { $local }）
countdown-in = あと { $span }
countdown-overdue = { $span } 過ぎています
span-days-hours = { $days } 日 { $hours } 時間
span-hours-minutes = { $hours } 時間 { $minutes } 分
span-minutes = { $minutes } 分

## Reminders (calendar export)
ics-calendar-name = Kōshin リマインダー
ics-renew-by = { $label } を更新
ics-extension-request = { $label } の延長を申し込む
ics-return-by = { $label } を返却
ics-when = 期限：{ $moment }
ics-validity-end = 有効期限 { $moment }
ics-alarm = { $days } 日後：{ $summary }

## Why the renewal date
reason-validity = 有効期限から、早めに更新する日数を引いた日です。
reason-data = 今の使い方だと、その翌日にデータがなくなります。
reason-return = ルーターの返却期限から、早めに更新する日数を引いた日です。
reason-notice = レンタル会社の延長申し込みの期限です。
cli-lines = { $text }
cli-unknown-lang = 「{ $lang }」は Kōshin が対応していない言語です。en、zh-Hans、zh-Hant、ja のいずれかを使ってください。
cli-due-none = 今後 { $days } 日以内に更新するカードはありません。
cli-due-line = { $urgency }：{ $label }（{ $owner }、{ $kind }）— { $renew_by } までに更新、{ $countdown }
cli-ics-written = リマインダーを { $path } に書き出しました。
cli-json-failed = JSON を書き出せませんでした：{ $detail }
urgency-overdue = 期限切れ
urgency-today = 今日
urgency-soon = もうすぐ
urgency-fine = 余裕あり
urgency-unknown = 日付なし

## Overview
overview-title = いつ、何を更新するか
overview-now = 現在：{ $moment }
overview-empty = まだカードがありません。「カード」画面で、日本で使う SIM カード、eSIM、ポケットWiFi を追加してください。
overview-export-reminders = リマインダーを書き出す…
overview-export-reminders-hint = 期限を通知付きのカレンダーファイル（.ics）として保存し、スマートフォンのカレンダーに取り込めます。
overview-renew-by = { $deadline } までに更新（{ $countdown }）
overview-no-dates = 有効期限もデータ量の記録もまだありません。「カード」画面で追加してください。
overview-validity = 有効期限 { $deadline }
overview-return = { $deadline } までに { $place } へ返却
overview-extension = { $deadline } までに延長を申し込む
overview-continue = { $label } の更新を続ける
overview-show-data = { $label } のデータ量を表示
overview-data-of = 残り { $left }（{ $allowance } 中）
overview-data-left = 残り { $left }
overview-low-data = ⚠ データ残量わずか
overview-run-out = 1 日に約 { $per_day } 使っています。このペースだと { $moment } になくなります。
overview-no-use = 最近の記録の間、データは使われていません。
overview-data-title = { $label } のデータ量
overview-add-reading-title = 記録を追加
overview-add-reading-hint = 通信会社のアプリかルーターで残りデータ量を確認して、ここに入力します。2 回以上記録すると使うペースが分かります。
overview-reading = 現在の残りデータ量
overview-add-reading = 記録を追加
overview-readings = 最近の記録
overview-chart-needs-readings = 記録が 2 回以上になると、グラフに使うペースが表示されます。
chart-readings = 記録
chart-projection = 予測
chart-validity-end = 有効期限
chart-now = 現在
chart-gb = GB

## Attachments
attach-too-large = { $name } は { $size_mb } MB あります。添付できるのは { $max_mb } MB までです。小さいコピー（スクリーンショットや確認ページの PDF）を保存して添付してください。
attach-unreadable = { $path } を読み込めませんでした：{ $detail }
attach-not-a-file = ファイルではなくフォルダーです

## CSV
csv-write-failed = CSV を書き出せませんでした：{ $detail }
csv-row-error = { $line } 行目：{ $problem }
csv-unreadable = ファイルを CSV として読み込めません（{ $detail }）。
csv-not-utf8 = 文字コードが UTF-8 ではありません。「CSV UTF-8」で保存し直してから、もう一度お試しください。
csv-column-count = 列が { $found } 個あります。{ $expected } 個でなければなりません。
csv-bad-header = 1 行目は見出し { $header } でなければなりません
csv-bad-date = 「{ $text }」は 2026-11-22 のような日付ではありません。
csv-bad-channel = 「{ $text }」は更新方法ではありません。online、store、third-party、automatic のいずれかを使ってください。
csv-bad-moment = 「{ $text }」は時差付きの日時ではありません。2026-11-30T23:59:00+09:00 のように書いてください。
csv-imported = 領収書を { $count } 件取り込みました。{ $duplicates } 件はすでにデータにありました。
csv-import-failed = 何も取り込んでいません。次の行を直して、もう一度お試しください。
csv-exported = 領収書 { $count } 件を { $path } に書き出しました。
receipts-col-date = 日付
receipts-col-card = カード
receipts-col-provider = 通信会社
receipts-col-plan = プラン
receipts-col-channel = 方法
receipts-col-amount = 金額
receipts-col-order = 注文番号
receipts-col-validity = 有効期限

## Receipts screen
receipts-title = 領収書の保管
receipts-add = 領収書を追加
receipts-import = CSV を取り込む…
receipts-export = CSV を書き出す…
receipts-search = 検索
receipts-search-hint = 注文番号、通信会社、メモ…
receipts-filter-card = カード
receipts-filter-year = 年
receipts-filter-currency = 通貨
receipts-all-cards = すべてのカード
receipts-unlinked = データにもうないカード
receipts-all-years = すべての年
receipts-all-currencies = すべての通貨
receipts-shown = 領収書 { $count } 件：{ $totals }
receipts-shown-none = 該当する領収書はありません。
receipts-chart = 月ごとの支出
receipts-chart-amount = 金額
receipts-empty = まだ領収書がありません。ウィザードで更新を記録するたびに追加されます。以前の領収書は手で追加するか、CSV ファイルを取り込んでください。
receipts-col-files = ファイル
receipt-form-title-new = 新しい領収書
receipt-form-title-edit = 領収書を編集
receipt-form-add = 領収書を追加
receipt-form-save = 領収書を保存
receipt-form-delete = 領収書を削除…
receipt-delete-title = この領収書を削除しますか？
receipt-delete-body = 領収書をデータから削除します。添付ファイルも、ほかの領収書で使っていなければ削除されます。
receipt-delete-confirm = 領収書を削除
receipt-delete-keep = 削除しない
receipt-field-date = 購入日
receipt-other-card = 別のカード（名前を入力）
receipt-field-card-name = カード名
receipt-field-from-date = 有効期間の開始（日付）
receipt-field-from-time = 有効期間の開始（時刻）
receipt-field-until-date = 有効期限（日付）
receipt-field-until-time = 有効期限（時刻）
receipt-need-amount = 支払った金額を入力してください。
receipt-files = 確認書類
receipt-files-hint = 確認の PDF、スクリーンショット、保存したメール。ファイルをウィンドウにドロップするか、ここで添付します。Kōshin がデータの隣にコピーを保存します。
receipt-file-missing = ⚠ データのフォルダーに見つかりません
receipt-file-open = 開く
receipt-file-remove = 外す
receipt-attach = ファイルを添付…
receipt-show-folder = フォルダーで表示
receipt-file-gone = 添付ファイルがデータのフォルダーに見つかりません。元のファイルがあれば、もう一度添付してください。
receipt-saved = 領収書を保存しました。
receipt-deleted = 領収書を削除しました。

## Family guide
guide-title = { $label } の更新のしかた
guide-intro = このガイドで、{ $label } の更新を一歩ずつ進めます。{ $deadline } までに更新してください。あわてなくて大丈夫です。うまくいかないときは、ガイドの最後を見てください。
guide-deadline-unknown = 通信会社が表示している日付
guide-the-provider = 通信会社
guide-valid-until = 有効期限
guide-renew-by = 更新の期限
guide-steps-heading = 手順
guide-failure-heading = うまくいかないとき
guide-help-heading = 困ったときは？
guide-help-support = { $provider } のサポート
guide-help-helper = 手伝ってくれる人
guide-you-see = 見えるもの
guide-you-do = すること
guide-footer = Kōshin で作成。Kōshin は支払いをせず、カード番号を聞くこともありません。
guide-payment-any = 海外で使えるカードか PayPal
guide-check-title = 残りを確認
guide-check-see = { $provider } のアプリかサイトに、残りのデータ量と使えなくなる日が表示されます。
guide-check-do = この日付と比べます：{ $end }。3 日以内に切れるなら、今すぐ更新しましょう。
guide-connect-title = つながったままにする
guide-connect-see = スマートフォン上部の WiFi かデータ通信のマーク。
guide-connect-do-esim = 始める前にホテルの WiFi につなぎます。eSIM は削除しないでください。
guide-connect-do-sim = SIM はスマートフォンに入れたままにし、更新が終わるまで日本にいてください。
guide-open-title = サイトを開く
guide-open-see = { $provider } のサイトかアプリ。チャージや更新のボタンがあります。
guide-open-do = スマートフォンかパソコンでこのアドレスを開き、チャージか更新を選びます。
guide-shop-title = 店舗へ行く
guide-shop-see = 通信会社の店舗。カウンターに店員がいます。
guide-shop-do = パスポート、SIM が入ったスマートフォン、日本円の現金を持って行きます。店員にこの文を見せてください：
guide-shop-phrase = このSIMカードの更新（チャージ）をお願いします。
guide-seller-title = 販売者のページを開く
guide-seller-see = 前に使った販売者のページ。
guide-seller-do = 知っている販売者だけを使います。ページの様子が違う、見慣れない情報を求められるときは、やめて手伝ってくれる人に電話してください。
guide-plan-title = プランを選ぶ
guide-plan-see = 料金付きのプランや追加データの一覧。
guide-plan-do = { $plan } を選びます。料金はおよそ { $price } です。
guide-number-title = 番号を入力
guide-number-see = { $field } の入力欄。
guide-number-do = この番号を入力し、次に進む前に 1 桁ずつ確認します：
guide-number-do-shop = この番号を店員に見せ、入力された内容を確認します：
guide-pay-title = 支払う
guide-pay-see = 支払いページ。SMS やメールで確認コードが届くことがあります。
guide-pay-see-shop = 店員が料金を教えてくれます。
guide-pay-do = { $payment } で支払います。断られたら、下の「うまくいかないとき」を見てください。
guide-confirm-title = 更新できたか確認
guide-confirm-see = 確認ページと、通信会社からのメール。
guide-confirm-do = アプリをもう一度開き、日付とデータ量が変わったか確認します。
guide-proof-title = 証拠を残す
guide-proof-see = 注文番号が書かれた確認ページ。
guide-proof-do = スクリーンショットを撮り、メールを残します。注文番号を { $helper } に送ってください。
guide-auto-title = 自動更新を確認
guide-auto-see = アプリかアカウントの中の、自動更新のスイッチと登録したカード。
guide-auto-do = 自動更新がオンで、登録したカードが期限切れでないことを確認します。買うものはありません。
guide-router-check-title = 返却日を確認
guide-router-check-see = レンタル会社からの予約メール。
guide-router-check-do = ルーターは { $return_by } までに { $place } へ返却します。もっと使うなら、先に延長を申し込みましょう。
guide-router-ask-title = 延長を申し込む
guide-router-ask-see = レンタル会社のサイト、メールアドレス、電話番号。
guide-router-ask-do = { $deadline } までに延長を申し込みます。遅いと断られることがあります。
guide-router-pay-do = 延長料金を支払います：1 日 { $fee }。返却が遅れると 1 日 { $late } かかるので、延長するほうがたいてい安く済みます。
guide-router-confirm-title = 新しい返却日を確認
guide-router-confirm-see = 延長を確認するレンタル会社からのメール。
guide-router-confirm-do = メールで新しい返却日を確認します。
guide-router-care-title = ルーターを使える状態に
guide-router-care-see = ルーターの電池残量。
guide-router-care-do = 毎晩充電し、充電器も一緒にして、新しい返却日までに両方とも返却します。
guide-fail-network-title = 接続を確認
guide-fail-network-see = ページが開かない、またはエラーが出る。
guide-fail-network-do = ホテルの WiFi（または別の回線）に切り替えて、もう一度試します。
guide-fail-payment-title = 別の支払い方法を試す
guide-fail-payment-see = 「決済が拒否されました」「このカードは使えません」など。
guide-fail-payment-do = 海外のカードはよく断られます。別のカードか PayPal を試すか、店舗で支払います。
guide-fail-support-title = 助けを求める
guide-fail-support-see = それでもうまくいかない。
guide-fail-support-do = 通信会社のサポートか、手伝ってくれる人（下記）に電話します。注文番号とカードの番号を用意しておきましょう。
guide-mode-title = 家族向けガイド
guide-mode-hint = カードを選んでください。ガイドは大きな文字で 1 ステップずつ、そのカードの情報を入れて表示します。ファイルとして保存して送ることもできます。
guide-mode-open = { $label } のガイド
guide-mode-step = ステップ { $n }／{ $count }
guide-mode-back = 戻る
guide-mode-next = 次のステップ
guide-mode-failure = うまくいかない
guide-mode-done = 終わり
guide-mode-choose = 別のカードを選ぶ
guide-mode-facts = このカードについて
guide-export-html = ガイドを HTML で書き出す…
guide-export-md = ガイドを Markdown で書き出す…
guide-exported = ガイドを { $path } に書き出しました。
guide-mode-end = 以上です。アプリに新しい日付が表示されたら、更新は完了です。

## Shared cards
card-file-too-large = 共有カードにしては大きすぎるファイルです。何も取り込んでいません。
card-file-not-text = 共有カードのファイルではありません（文字ではありません）。何も取り込んでいません。
card-file-damaged = このカードファイルは { $line } 行目 { $column } 文字目が壊れています（{ $detail }）。何も取り込んでいません。
card-file-not-a-card = Kōshin の共有カードのファイルではありません。何も取り込んでいません。
card-file-newer = このカードは新しい版の Kōshin（形式 { $version }）で共有されました。Kōshin を更新してから取り込んでください。
card-file-refused = このカードは取り込めません：{ $problem }
card-imported = カードを { $label } として取り込みました。
card-exported = { $label } を { $path } に書き出しました。
card-export = カードを書き出す…
card-export-without-ids = 番号なしで書き出す…
card-import = カードを取り込む…
cli-card-not-found = 「{ $label }」という名前のカードはありません。あるカード：{ $labels }

## The sample household (koshin demo)
demo-mum = お母さん
demo-dad = お父さん
demo-lin = リン
demo-helper = リン（娘）
demo-esim-label = お母さんの eSIM
demo-esim-support = support@sora-esim.example、アプリ内チャット
demo-esim-payment = リンの Visa
demo-esim-notes = チャージは Sora アプリで。入れ直すつもりで eSIM を削除しないこと。
demo-sim-label = お父さんの SIM
demo-sim-support = 0120-000-000（英語・中国語）、9:00～21:00
demo-sim-payment = 現金（円）
demo-sim-notes = ホテル近くの店は現金のみ。
demo-router-label = 家族のポケットWiFi
demo-router-return-place = 関西空港 第1ターミナル Tabi カウンター
demo-router-notes = ルーターと充電器は返送用の封筒に入れて返す。
