# Kōshin — 繁體中文。

## App and navigation
app-tagline = 讓你在日本的上網卡一直能用
nav-cards = 卡片
nav-overview = 總覽
nav-renew = 續費
nav-receipts = 收據
nav-checklist = 注意事項
nav-guide = 家人指南
nav-settings = 設定
nav-temporary = 範例存檔：臨時副本，關閉 Kōshin 後刪除。
read-only-hint = 存檔目前為唯讀，無法修改。

## Card kinds, channels, plans
kind-sim = SIM 卡
kind-esim = eSIM
kind-pocket-wifi = 隨身WiFi
channel-online = 網路（官網或 App）
channel-store = 門市
channel-third-party = 第三方平台
channel-automatic = 自動續費
channel-short-online = 網路
channel-short-store = 門市
channel-short-third-party = 第三方
channel-short-automatic = 自動
plan-per-day = 按天
plan-per-month = 按月
plan-data-pack = 加購流量包
plan-rental = 延長租期

## Cards screen
cards-title = 你的卡片
cards-add = 新增卡片
cards-empty = 還沒有卡片。新增你在日本用的 SIM 卡、eSIM 或隨身WiFi，Kōshin 會幫你記住什麼時候必須續費。
cards-col-kind = 類型
cards-col-label = 卡片
cards-col-owner = 使用者
cards-col-provider = 電信業者
cards-col-valid-until = 有效期限至
cards-col-state = 狀態
cards-archived = 已封存
cards-open-hint = 開啟以編輯或刪除

## Card form
card-form-title-new = 新卡片
card-form-title-edit = 編輯 { $label }
card-form-add = 新增卡片
card-form-save = 儲存變更
card-form-cancel = 取消
card-form-delete = 刪除卡片…
card-form-cannot-save = 暫時無法儲存：
card-section-card = 卡片資訊
card-section-provider = 電信業者與客服
card-section-numbers = 卡上的號碼
card-section-plan = 方案、有效期限與流量
card-section-return = 歸還分享器
card-section-renewal = 續費與付款方式
card-section-notes = 其他
card-section-helper = 誰來幫忙續費
card-helper-hint = 顯示在家人指南的「需要幫忙？」裡，讓續費的人知道該打給誰。
field-helper-name = 幫忙的人
field-helper-phone = 幫忙的人的電話或 LINE／微信
card-numbers-hint-sim = 電話號碼和印在 SIM 卡（或卡托）上的 ICCID。
card-numbers-hint-esim = ICCID 在手機的 eSIM 詳細資訊裡。撥打 *#06# 可看到 EID 和 IMEI。
card-numbers-hint-wifi = 租借編號在預訂郵件裡；序號在分享器背面的標籤上。
field-label = 名稱
field-label-hint = 家人怎麼稱呼它，例如「媽媽的 eSIM」。
field-owner = 使用者
field-kind = 類型
field-provider = 電信業者
field-website = 電信業者網站
field-support = 客服聯絡方式
field-phone-number = 電話號碼
field-iccid = ICCID
field-eid = EID
field-imei = IMEI
field-imei-hint = 在手機上撥打 *#06# 即可看到。
field-rental-number = 租借編號
field-device-serial = 裝置序號
field-plan-name = 方案名稱
field-plan-kind = 方案類型
field-price = 價格
field-currency = 幣別
field-validity-date = 有效期限至（日期）
field-validity-time = 有效期限至（時間）
field-activation-on = 從開通起按 24 小時計算天數
field-activation-date = 開通日期
field-activation-time = 開通時間
field-activation-days = 有效天數
field-activation-end = 有效期限至 { $moment }
field-zone = 電信業者使用的時區
field-zone-hint = 電信業者按哪個時區計算天數。大多數日本業者使用日本時間。
field-allowance = 流量總額
field-remaining = 剩餘流量
field-daily-cap = 每日上限
field-data-hint = 例如 10 GB 或 500 MB。不知道或吃到飽時請留空。
field-return-date = 歸還期限（日期）
field-return-time = 歸還期限（時間）
field-return-place = 歸還地點
field-notice-hours = 延長需提前（小時）
field-notice-hours-hint = 租借公司要求在歸還前多少小時申請延長，通常是 48 小時。
field-late-fee = 逾期歸還每天費用
field-late-fee-hint = 使用方案的幣別。Kōshin 會和延長費用比較。
field-channel = 平常在哪裡續費
field-auto-renew = 自動續費
field-payment-label = 付款方式
field-last-four = 卡號末四碼
field-payment-hint = 幫付款方式取個名字，例如「爸爸的 Visa」或「PayPal」。Kōshin 從不儲存卡號。
field-notes = 備註
field-archived = 已封存（不再使用）
field-date-clear = 清除
card-delete-title = 刪除 { $label }？
card-delete-body = { $count ->
    [0] 卡片將被刪除。它沒有收據。
   *[other] 卡片將被刪除。它的 { $count } 張收據會保留在存檔中。
}
card-delete-confirm = 刪除卡片
card-delete-keep = 保留卡片
card-added = 已新增 { $label }。
card-saved = 已儲存 { $label }。
card-deleted = 已刪除 { $label }。它的收據已保留。

## Card errors
card-error-missing-label = 請幫卡片取個名字，例如「媽媽的 eSIM」。
card-error-label-taken = 已經有一張卡片叫「{ $label }」。請換一個能分辨的名字。
card-error-last-four = 卡號末四碼必須剛好是四個數字，或者留空。
payment-card-refused = { $field }：這看起來像信用卡號（末四碼 { $last_four }）。Kōshin 從不儲存卡號：在「付款方式」只填名字和末四碼即可。如果這是 IMEI，請填到 IMEI 欄位。

## Identifier warnings
id-warn-not-digits = 其中有數字以外的字元。請對照卡片核對。
id-warn-hex-letters = 這個 ICCID 含有英文字母。有些卡確實如此，但請對照卡片核對。
id-warn-length = 這裡有 { $found } 位數字；通常是 { $expected } 位。
id-warn-prefix = 通常以 { $expected } 開頭。
id-warn-check-digit = 最後一位（檢查碼）和前面的數字對不上。可能有一位打錯了。
id-warn-imei-check-missing = 好像少了最後一位（檢查碼），應該是 { $digit }。
id-warn-eid-checksum = EID 的檢查碼對不上。可能有一位打錯了。
id-warn-not-jp-mobile = 這不是日本手機號碼（070、080、090 或 020 開頭，後面還有 8 位）。

## Typed values
input-bad-date = 「{ $text }」不是日期。請寫成 2026-11-30 這樣。
input-bad-time = 「{ $text }」不是時間。請寫成 23:59 這樣。
input-unknown-zone = Kōshin 不認得「{ $text }」這個時區。
input-bad-hours = 「{ $text }」不是小時數。請寫成 48 這樣。
input-missing-activation = 請填寫開通時間（日期；如果業者按小時計算，也請填時間）。
input-bad-days = 「{ $text }」不是天數。請寫成 7 這樣。
input-bad-data = 「{ $text }」不是流量大小。請寫成 3 GB 或 500 MB 這樣。
money-bad-amount = 「{ $text }」不是金額。請寫成 1500 或 12.50 這樣。
money-negative = 金額不能是負數。
money-unknown-currency = 「{ $code }」不是幣別代碼。請使用 JPY、TWD 或 USD 這樣的代碼。

## Settings
settings-title = 設定與資料
settings-archive = 存檔放在哪裡
settings-archive-hint = 卡片、收據和設定都存在這一個檔案裡，旁邊的資料夾裡有備份。
settings-open-folder = 開啟資料夾
settings-data-dir-hint = 想把存檔放在別處（隨身碟、同步資料夾），可以用 --data-dir 資料夾 啟動 Kōshin，或設定 KOSHIN_DATA_DIR。
settings-language = 語言
settings-language-system = 跟隨系統語言
settings-language-hint = 日期、家人指南、匯出的提醒和命令列都會使用這個語言。
settings-theme = 外觀
settings-guide-size = 家人指南的字級
settings-planning = 規劃與提醒
settings-lead-time = 在有效期限結束前提早續費
days-count = { $days } 天
settings-low-data = 剩餘流量低於此值時提醒
settings-alarms = 每個期限前的行事曆提醒
settings-planning-hint = 在有效期限或租期結束前這麼多天，或依目前用量流量用完的前一天（以較早者為準），就該續費了。匯出的行事曆會在每個期限前的這些時間提醒你。
theme-system = 跟隨系統
theme-light = 淺色
theme-dark = 深色
open-folder-failed = 無法開啟 { $path }：{ $detail }

## The archive file
store-io = 無法讀取或寫入 { $path }：{ $detail }
store-damaged = { $path } 在第 { $line } 行第 { $column } 欄損壞：{ $problem }（詳情：{ $detail }）
damage-not-utf8 = 檔案中有不是文字的位元組。
damage-truncated = 檔案提早結束了，可能是在寫入時被中斷。
damage-wrong-value = 有一個值的類型不對（例如該寫數字的地方寫了文字）或無法辨識。
damage-syntax = 檔案結構損壞（少了逗號、括號或引號）。
store-newer-unreadable = { $path } 是由較新版本的 Kōshin（格式 { $version }）寫入的，目前版本無法讀取。請更新 Kōshin 後再開啟。檔案沒有被改動。
store-bad-version = { $path } 的格式版本為 { $version }，沒有任何版本的 Kōshin 會寫入這個版本。
store-read-only = 存檔目前為唯讀，沒有寫入任何內容。
store-no-backup = 沒有可以讀取的備份。
store-serialize = 無法把存檔寫成文字：{ $detail }
archive-read-only-title = 唯讀
archive-in-use = 另一個 Kōshin 視窗正在使用這個存檔。為了不互相覆蓋修改，這個視窗為唯讀。請關閉另一個視窗後再試。
archive-unwritable = 存檔所在的資料夾無法寫入，所以這個視窗為唯讀。{ $detail }
archive-newer = 這個存檔是由較新版本的 Kōshin（格式 { $version }）寫入的。為了不遺失任何內容，它以唯讀方式開啟。請更新 Kōshin 後再修改。
archive-try-again = 再試一次
archive-reopened = 存檔已可以再次修改。
archive-started-new = 已建立新的存檔。損壞的檔案保留為 { $aside }。
backup-restored = 已還原最新的備份。損壞的檔案保留為 { $aside }。
damaged-title = 存檔已損壞
damaged-untouched = Kōshin 沒有改動這個檔案，也不會覆蓋它。
damaged-restore-hint = 最新的可讀備份是 { $name }。還原時，損壞的檔案會改名保留在旁邊。
damaged-restore = 還原最新的備份
damaged-no-backup = 沒有可以讀取的備份。
damaged-start-new-hint = 也可以建立一個空的存檔。損壞的檔案會改名移到一旁，不會刪除，之後仍可以手動修復。
damaged-start-new = 建立新的存檔
save-failed = 你的修改無法儲存：{ $detail } 修改仍保留在這個視窗裡；問題解決後請再試一次。
notice-retry-save = 重新儲存
notice-dismiss = 關閉

## Command line
cli-no-data-dir = 找不到你的設定資料夾。請用 --data-dir 資料夾 或 KOSHIN_DATA_DIR 指定。
cli-demo-exists = { $path } 已存在。請為範例存檔選擇一個空資料夾。
cli-demo-written = 已將範例存檔寫入 { $path }。
cli-check-missing = { $path } 還沒有存檔。Kōshin 會從空的存檔開始。
cli-check-sound = { $path } 完好：{ $cards } 張卡片，{ $receipts } 張收據。
cli-check-newer = { $summary } 它由較新版本的 Kōshin（格式 { $version }）寫入，將以唯讀方式開啟。

## Command line help (koshin --help)
cli-heading-usage = 用法
cli-heading-commands = 指令
cli-heading-arguments = 參數
cli-heading-options = 選項
cli-help-help = 顯示說明
cli-help-version = 顯示版本
cli-help-koshin = 讓你在日本的上網卡一直能用：規劃續費，一步步帶你完成續費，保存收據。不帶指令時開啟程式。
cli-help-data-dir = 存放 koshin.ron 的資料夾（預設是你的設定資料夾，Linux 上為 ~/.config/koshin；也可以設定 KOSHIN_DATA_DIR）
cli-help-demo-flag = 用範例存檔的一份臨時副本開啟程式
cli-help-demo = 把範例存檔（一張 SIM 卡、一張 eSIM 和一台隨身WiFi，附收據）寫入 DIR
cli-help-demo-dir = 要寫入的資料夾；裡面不能已有存檔
cli-help-demo-receipts = 不用小範例，而是產生一個有這麼多張收據的大家庭（用來試大量資料）
cli-help-demo-cards = 搭配 --receipts：大家庭有幾張卡（預設 50）
cli-help-check = 讀取並檢查存檔，不寫入任何東西。正常時結束代碼為 0，有問題時為 1
cli-help-due = 列出快要續費的卡，最急的在前，續費期限以本地時間顯示
cli-help-due-within = 往後看幾天（預設 7）
cli-help-due-json = 輸出 JSON 而不是文字，供腳本使用
cli-help-export = 匯出檔案給其他程式用
cli-help-export-ics = 把續費期限匯出為帶提醒的 iCalendar 檔案，可匯入手機行事曆
cli-help-export-ics-file = 要寫入的 .ics 檔案
cli-help-export-card = 匯出一張卡用來分享（不含收據和紀錄）
cli-help-card-label = 卡的名稱
cli-help-export-card-file = 要寫入的檔案（.koshin-card.ron）
cli-help-export-card-without = 不匯出卡上的號碼（電話號碼、ICCID、EID、IMEI、租借編號）
cli-help-export-receipts = 把全部收據匯出為 CSV，欄位為 date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes
cli-help-export-receipts-file = 要寫入的 .csv 檔案
cli-help-import = 把檔案匯入存檔
cli-help-import-card = 匯入別人分享的卡（.koshin-card.ron），作為新卡新增；名稱重複時會加上「 (2)」
cli-help-import-card-file = 要讀取的卡檔案
cli-help-import-receipts = 從 CSV 匯入收據（欄位與 export receipts 相同）。先檢查每一列：只要有一列有問題就什麼都不匯入，並列出每個有問題的列
cli-help-import-receipts-file = 要讀取的 .csv 檔案
cli-help-guide = 為一張卡寫出家人指南：FILE.html 為 HTML，FILE.md 為 Markdown
cli-help-guide-lang = 指南的語言：en、zh-Hans、zh-Hant 或 ja（預設為程式的語言）
cli-help-guide-out = 要寫入的檔案，以 .html 或 .md 結尾

## Renew screen
renew-title = 幫卡片續費
renew-hint = Kōshin 會一步一步帶你完成續費。你可以隨時停下，之後再繼續，即使關閉了程式也沒關係。
renew-no-cards = 請先在「卡片」頁面新增一張卡片。
renew-validity-unknown = 有效期限未知
renew-valid-until = 有效期限至 { $moment }
renew-start = 幫 { $label } 續費
renew-continue = 繼續幫 { $label } 續費（第 { $step } 步，共 { $steps } 步）
renewal-cancelled = 已停止幫 { $label } 續費。沒有做任何修改。
renewal-recorded = 已記錄 { $label } 的續費：有效期限至 { $until }。收據已存在存檔中。
renewal-failure-recorded = 已記錄 { $label } 的失敗嘗試。卡片沒有改動。

## Wizard: frame
wizard-renewing = 正在幫 { $label }（{ $provider }）續費
wizard-step-of = 第 { $n } 步，共 { $count } 步：{ $title }
wizard-steps = 步驟
wizard-to-continue = 繼續之前：
wizard-back = 上一步
wizard-next = 下一步
wizard-record = 記錄續費
wizard-failed = 沒有成功…
wizard-cancel = 取消續費…
wizard-cancel-title = 停止這次續費？
wizard-cancel-body = 你為 { $label } 填寫的內容會被捨棄。卡片、收據和紀錄都保持不變。
wizard-cancel-confirm = 停止續費
wizard-cancel-keep = 繼續續費
wizard-unticked-title = 還有注意事項沒完成
wizard-unticked-body = { $count ->
   *[other] 有 { $count } 項注意事項還沒完成或勾選：
}
wizard-record-anyway = 仍然記錄
wizard-back-to-checklist = 回到注意事項
wizard-moment-left = { $deadline } 結束，{ $countdown }。
wizard-moment-past = 已於 { $moment } 結束：卡片已經不能用了。請馬上續費；可能需要其他網路（例如飯店 WiFi）。

## Wizard: step titles
step-check-card = 查看卡片
step-check-rental = 查看租期
step-check-phone = 檢查手機
step-check-router = 檢查分享器
step-choose-how = 選擇續費方式
step-prepare-payment = 準備付款
step-choose-plan = 選擇方案
step-choose-extension = 選擇延長天數
step-enter-details = 填寫並核對資料
step-pay = 付款
step-confirm = 確認已成功
step-confirm-return = 確認新的歸還日期
step-keep-proof = 保存憑證
step-summary = 核對並記錄

## Wizard: what blocks Next
wizard-need-validity = 請填寫業者顯示的有效期限截止日期。
wizard-need-return = 請填寫分享器必須歸還的日期。
wizard-need-sim-device = 請勾選兩項手機檢查：鎖卡的手機或不支援日本頻段的手機無法使用這張 SIM 卡。
wizard-need-esim-support = 請勾選手機支援 eSIM。不支援的話無法使用 eSIM。
wizard-need-connection = 新的 eSIM 需要連網下載。請勾選你現在有可用的行動網路或 WiFi。
wizard-need-auto-checks = 請勾選兩項：自動續費已開啟，以及綁定的信用卡有效。
wizard-need-payment = 請寫下你要用的付款方式，例如「Lin 的 Visa」「PayPal」或「現金（日圓）」。
wizard-need-plan-name = 請按業者顯示的名稱填寫方案。
wizard-need-days = 請填寫要延長幾天。
wizard-bad-days = 「{ $text }」不是天數。請寫成 3 這樣。
wizard-need-identifier = 請填寫 { $field }；業者會要求填寫。
wizard-need-amount = 請填寫你支付的金額。
wizard-need-new-validity = 請填寫業者顯示的新有效期限。
wizard-need-step = 請先完成「{ $step }」這一步。

## Wizard: step 1, check the card
wizard-check-card-sim = 查一下你的 SIM 卡什麼時候停用、還剩多少流量。業者的 App 或網站上都看得到；有些業者會傳簡訊，也可以問客服。如果業者顯示的和下面不一樣，請修正。
wizard-check-card-esim = 打開 eSIM 業者的 App（或網站），查一下 eSIM 什麼時候到期、還剩多少流量。如果 App 顯示的和下面不一樣，請修正。
wizard-check-card-wifi = 查一下租期什麼時候結束：預訂郵件和租借公司網站上都有。分享器螢幕上會顯示已用流量。
wizard-rental-end-date = 租期結束（日期）

## Wizard: step 2, check the device
wizard-device-sim = 確認手機能用這張 SIM 卡。
wizard-phone-unlocked = 手機沒有鎖卡（能用其他業者的 SIM 卡）
wizard-bands-ok = 手機支援日本的頻段（請看手機規格）
wizard-sim-inside-japan = 有些儲值只能在日本境內、並且只能用這張 SIM 卡本身的網路完成。請在離開日本前續費，續費時 SIM 卡要一直插在手機裡。
wizard-device-esim = 確認手機可以安裝 eSIM。撥打 *#06# 可看到 EID。
wizard-esim-supported = 手機支援 eSIM
wizard-esim-mode = 儲值，還是買新的 eSIM？
wizard-esim-top-up = 幫手機上現有的 eSIM 儲值
wizard-esim-new = 買一個新的 eSIM
wizard-esim-new-warning = 新的 eSIM 必須在有網路時下載。請趁行動網路或飯店 WiFi 還能用的時候下載，並且在新 eSIM 能用之前保留舊的。
wizard-connection-ok = 我現在有可用的行動網路或 WiFi
wizard-esim-never-delete = 不要刪除之後可能還要儲值的 eSIM：有些 eSIM 只能安裝一次。
wizard-device-wifi = 延長租期之前先檢查分享器。
wizard-battery-ok = 分享器已充滿電
wizard-charger-ok = 充電器和傳輸線和分享器放在一起
wizard-late-return-warning = 逾期歸還每天都要收費，往往比延長還貴。分享器逾期多日未還會被當作遺失處理。

## Wizard: step 3, choose how
wizard-choose-how-intro = 這次怎麼續費？
wizard-how-online = 最快。第一次付款可能需要驗證碼或郵件確認，外國信用卡有時會被拒絕。
wizard-how-store = 門市人員會幫你選方案、回答問題。有些店只收現金：請帶夠日圓、護照和卡片或手機。
wizard-how-third-party = 不是業者本身的賣家。可能比較便宜，但售後服務較弱。
wizard-how-automatic = 不用買任何東西：方案每月自動續費。你只需要確認它會續上。
wizard-third-party-warning = 付款前先查一下賣家的評價：看看最近的評論，優先選擇業者列出的賣家。只提供續費需要的資料，否則個人資料可能外洩。
wizard-provider-site = 業者網站：

## Wizard: step 4, prepare the payment
wizard-prepare-online = 準備一個能跨境付款的方式：信用卡或 PayPal。外國信用卡有時會被拒絕（3-D Secure 驗證、銀行擋下、帳單地址、只收日本發行的卡），所以請再準備一張。
wizard-prepare-third-party = 準備一個賣家接受、並且能跨境付款的方式。最好選有買家保障的，例如 PayPal 或信用卡。
wizard-prepare-store = 帶好日圓現金：很多店只收現金。也請帶上護照和卡片或手機。
wizard-prepare-automatic = 打開業者的 App 或帳戶，確認兩件事。
wizard-international-ok = 這個付款方式可以在海外付款
wizard-auto-renew-on = 自動續費已開啟
wizard-card-on-file = 綁定的信用卡仍然有效（沒有過期，沒有被停用）

## Wizard: step 5, choose the plan
wizard-plan = 選擇方案：按天、按月，或加購流量包。付款前請先看清楚方案條款。
wizard-plan-wifi = 請在下面的截止時間前向租借公司申請延長。比較一下延長費用和逾期費用。
wizard-extension-fee = 每天的延長費用
wizard-extension-days = 延長天數
wizard-extension-cheaper = 延長 { $days } 天需要 { $extend }；逾期 { $days } 天歸還需要 { $late }。延長比較便宜。
wizard-late-cheaper = 延長 { $days } 天需要 { $extend }；逾期 { $days } 天歸還需要 { $late }。請看租借公司的條款：分享器借太久會被當作遺失處理。
wizard-deadline = 請在 { $deadline } 之前申請延長（歸還前 { $hours } 小時）。
wizard-deadline-passed = 申請截止時間（{ $deadline }，歸還前 { $hours } 小時）已經過了。請馬上打電話問租借公司還能不能延長。
wizard-addon-warning = 有些加購流量包要等主方案用完才開始，而且不會延長有效期限。
wizard-terms = 付款前請確認這些條款
wizard-term-cap = 每天有沒有流量上限？超過後會降速到多慢？
wizard-term-roaming = 在日本以外使用有沒有漫遊費？
wizard-term-start = 有效期限從什麼時候開始：購買時、開通時，還是目前方案結束後？
wizard-term-day-end = 一天按哪個時區結束：日本時間、UTC+8、UTC，還是開通後 24 小時？
wizard-term-refund = 沒用完的流量可以退款嗎？
wizard-terms-understood = 我已了解方案條款
wizard-refund-known = 我知道退款規定

## Wizard: step 6, details
wizard-details-online = 在業者頁面上填寫這些資料，送出前請對照卡片逐項核對。
wizard-details-third-party = 在賣家頁面上填寫這些資料，送出前請對照卡片逐項核對。
wizard-details-store = 把這些資料給門市人員看，付款前核對他們輸入的內容。
wizard-plan-chosen = 方案
wizard-details-checked = 我已對照卡片核對了每一項

## Wizard: step 7, pay
wizard-pay-online = 在業者的網站或 App 上付款。如果要求輸入驗證碼，會透過簡訊或郵件傳送。
wizard-pay-third-party = 在賣家頁面上付款。拿到訂單編號之前不要關閉確認頁面。
wizard-pay-store = 在櫃台付款，並索取收據。
field-amount = 支付金額
field-order-number = 訂單編號
wizard-pay-order-hint = 訂單編號在確認頁面、郵件或門市的收據上。出問題時客服會跟你要。

## Wizard: step 8, confirm
wizard-confirm = 確認業者的 App 或帳戶裡顯示了新的有效期限（和流量）。把顯示的內容填在這裡。
wizard-confirm-wifi = 確認租借公司已確認延長（郵件或網站上）。填寫新的歸還日期。
wizard-new-validity-date = 新的有效期限至（日期）
wizard-new-return-date = 新的歸還期限（日期）
wizard-new-time = 新的結束時間
wizard-new-remaining = 目前流量

## Wizard: step 9, keep the proof
wizard-keep-proof = 保存憑證：訂單編號、付款收據和確認郵件。記錄續費時，Kōshin 會保存收據。
wizard-keep-proof-files = 保留確認郵件，並把確認頁面截圖。

## Wizard: summary
wizard-summary-intro = 請核對將要記錄的內容。在你按下「記錄續費」之前，什麼都不會改動。
wizard-summary-open = { $count ->
   *[other] 還有 { $count } 項注意事項沒完成；請看注意事項清單。
}
wizard-summary-incomplete = 還有步驟沒有完成。
wizard-summary-record-hint = 記錄後會更新卡片的有效期限和流量，新增收據，並在卡片的續費紀錄裡留下一筆。
summary-card = 卡片
summary-channel = 續費方式
summary-validity = 有效期限
summary-validity-change = 從 { $old } 到 { $new }
summary-data = 流量
summary-plan = 方案
summary-amount = 金額
summary-order = 訂單編號

## Wizard: when it didn't work
recovery-title = 沒有成功
recovery-intro = 別擔心，什麼都沒有遺失。請依序試試這些方法。
recovery-network-title = 1. 檢查網路
recovery-network = 確認手機或電腦已連網。換一個網路（例如飯店 WiFi）再試一次。
recovery-payment-title = 2. 換一種付款方式
recovery-payment = 外國信用卡常常被拒絕。換一張卡、用 PayPal，或者到門市付款。
recovery-support-title = 3. 聯絡客服
recovery-support = 聯絡業者客服，並準備好這些資料：
recovery-no-support = 這張卡沒有儲存客服聯絡方式
recovery-no-order = 尚無
recovery-note-title = 發生了什麼事
recovery-note = 紀錄備註
wizard-retry = 再試一次
wizard-record-failure = 記錄失敗嘗試

## Checklist
checklist-title = 注意事項清單
checklist-hint = 每次進行中的續費的注意事項。有些由 Kōshin 自動檢查；其他的請在完成後勾選。
checklist-none = 沒有進行中的續費。在「續費」頁面開始一次續費，它的注意事項會顯示在這裡。
checklist-for = 正在幫 { $label } 續費
checklist-all-done = 所有注意事項都已完成。
checklist-open = { $count ->
   *[other] 還有 { $count } 項注意事項。
}
precaution-renew-early = 提早續費：流量用完前一天、有效期限結束前幾天
precaution-identifiers-valid = 填寫的號碼正確
precaution-check-details = 送出前核對每一項資料
precaution-keep-proof = 保存憑證：訂單編號、收據、確認郵件
precaution-understand-terms = 了解方案條款：每日上限、漫遊費、有效期限何時開始
precaution-refund-policy = 了解退款規定
precaution-reputation = 查看賣家的評價
precaution-bring-cash = 帶夠日圓現金去門市
precaution-roaming-off = 關閉家鄉手機卡的數據漫遊
precaution-keep-esim = 不要刪除 eSIM：之後可能還要儲值
precaution-extension-notice = 在租借公司的截止時間前申請延長
judge-data-gone = 流量已經用完。
judge-validity-unknown = 有效期限未知。
judge-expired = 有效期限已經結束。
judge-late = 只剩 { $hours } 小時；Kōshin 建議提早 { $days } 天續費。
judge-early = 距離結束還有 { $days } 天。
judge-id-missing = 缺少 { $field }。
judge-id-warning = 請檢查 { $field }：看起來不對。
judge-proof-kept = 訂單編號 { $order }。
judge-proof-missing = 沒有記下訂單編號。
judge-proof-later = 付款時記下。
judge-return-unknown = 歸還日期未知。
judge-notice-ok = 請在 { $deadline } 之前申請。
judge-notice-passed = 截止時間（{ $deadline }）已經過了。

## Moments and durations
format-date = { $year }年{ $month_n }月{ $day_n }日
format-date-weekday = { $date } { $weekday }
format-moment = { $date } { $time } { $zone }
format-deadline = { $date } { $time } { $zone }
format-weekday-1 = 週一
format-weekday-2 = 週二
format-weekday-3 = 週三
format-weekday-4 = 週四
format-weekday-5 = 週五
format-weekday-6 = 週六
format-weekday-7 = 週日
zone-japan = 日本時間
deadline-both = { $provider }（你的時間 { $local }）
countdown-in = 還有 { $span }
countdown-overdue = 已逾期 { $span }
span-days-hours = { $days } 天 { $hours } 小時
span-hours-minutes = { $hours } 小時 { $minutes } 分鐘
span-minutes = { $minutes } 分鐘

## Reminders (calendar export)
ics-calendar-name = Kōshin 提醒
ics-renew-by = 幫 { $label } 續費
ics-extension-request = 申請延長 { $label }
ics-return-by = 歸還 { $label }
ics-when = 期限：{ $moment }
ics-validity-end = 有效期限於 { $moment } 結束
ics-alarm = { $days } 天後：{ $summary }

## Why the renewal date
reason-validity = 有效期限在此之後結束（已算上提早天數）。
reason-data = 依目前用量，流量會在一天後用完。
reason-return = 分享器必須在此之後歸還（已算上提早天數）。
reason-notice = 租借公司要求在此之前申請延長。
cli-lines = { $text }
cli-unknown-lang = Kōshin 不支援「{ $lang }」這個語言。請使用 en、zh-Hans、zh-Hant 或 ja。
cli-due-none = 接下來 { $days } 天沒有需要續費的卡片。
cli-due-line = { $urgency }：{ $label }（{ $owner }，{ $kind }）— 請在 { $renew_by } 之前續費，{ $countdown }
cli-ics-written = 已將提醒寫入 { $path }。
cli-json-failed = 無法寫出 JSON：{ $detail }
urgency-overdue = 已逾期
urgency-today = 今天
urgency-soon = 快到了
urgency-fine = 還早
urgency-unknown = 沒有日期

## Overview
overview-title = 要續費什麼、什麼時候
overview-now = 現在：{ $moment }
overview-empty = 還沒有卡片。請在「卡片」頁面新增你在日本用的 SIM 卡、eSIM 或隨身WiFi。
overview-export-reminders = 匯出提醒…
overview-export-reminders-hint = 把各個期限存成附提醒的行事曆檔案（.ics），可以匯入手機行事曆。
overview-renew-by = 請在 { $deadline } 之前續費（{ $countdown }）
overview-no-dates = 還沒有有效期限或流量紀錄：請在「卡片」頁面新增。
overview-validity = 有效期限至 { $deadline }
overview-return = 請在 { $deadline } 之前歸還到 { $place }
overview-extension = 請在 { $deadline } 之前申請延長
overview-continue = 繼續幫 { $label } 續費
overview-show-data = 查看 { $label } 的流量
overview-data-of = 剩餘 { $left }，共 { $allowance }
overview-data-left = 剩餘 { $left }
overview-low-data = ⚠ 流量不多了
overview-run-out = 每天約用 { $per_day }：照這個速度，{ $moment } 會用完。
overview-no-use = 最近幾次紀錄之間沒有使用流量。
overview-data-title = { $label } 的流量
overview-add-reading-title = 新增紀錄
overview-add-reading-hint = 在業者的 App 或分享器上查看剩餘流量，填在這裡。有兩次以上的紀錄就能算出用量。
overview-reading = 目前剩餘流量
overview-add-reading = 新增紀錄
overview-readings = 最近的紀錄
overview-chart-needs-readings = 有兩次以上的紀錄後，圖表會顯示用量。
chart-readings = 紀錄
chart-projection = 預估
chart-validity-end = 有效期限結束
chart-now = 現在
chart-gb = GB

## Attachments
attach-too-large = { $name } 有 { $size_mb } MB；附件最大 { $max_mb } MB。請存一個較小的副本（截圖或確認頁的 PDF）再附上。
attach-unreadable = 無法讀取 { $path }：{ $detail }
attach-not-a-file = 這是資料夾，不是檔案

## CSV
csv-write-failed = 無法寫出 CSV：{ $detail }
csv-row-error = 第 { $line } 行：{ $problem }
csv-unreadable = 檔案無法以 CSV 讀取（{ $detail }）。
csv-not-utf8 = 文字不是 UTF-8 編碼。請另存為「CSV UTF-8」後再試。
csv-column-count = 有 { $found } 欄；必須是 { $expected } 欄。
csv-bad-header = 第一行必須是標題列 { $header }
csv-bad-date = 「{ $text }」不是 2026-11-22 這樣的日期。
csv-bad-channel = 「{ $text }」不是續費方式；請使用 online、store、third-party 或 automatic。
csv-bad-moment = 「{ $text }」不是帶時差的日期時間，應寫成 2026-11-30T23:59:00+09:00 這樣。
csv-imported = 已匯入 { $count } 張收據；{ $duplicates } 張已在存檔中。
csv-import-failed = 沒有匯入任何內容：請修正這些行後再試。
csv-exported = 已將 { $count } 張收據寫入 { $path }。
receipts-col-date = 日期
receipts-col-card = 卡片
receipts-col-provider = 電信業者
receipts-col-plan = 方案
receipts-col-channel = 方式
receipts-col-amount = 金額
receipts-col-order = 訂單編號
receipts-col-validity = 有效期限至

## Receipts screen
receipts-title = 收據存檔
receipts-add = 新增收據
receipts-import = 匯入 CSV…
receipts-export = 匯出 CSV…
receipts-search = 搜尋
receipts-search-hint = 訂單編號、業者、備註…
receipts-filter-card = 卡片
receipts-filter-year = 年份
receipts-filter-currency = 幣別
receipts-all-cards = 全部卡片
receipts-unlinked = 已不在存檔中的卡片
receipts-all-years = 全部年份
receipts-all-currencies = 全部幣別
receipts-shown = 顯示 { $count } 張收據：{ $totals }
receipts-shown-none = 沒有符合的收據。
receipts-chart = 每月花費
receipts-chart-amount = 金額
receipts-empty = 還沒有收據。每次用精靈記錄續費都會新增一張；以前的收據可以手動新增或匯入 CSV 檔案。
receipts-col-files = 檔案
receipt-form-title-new = 新收據
receipt-form-title-edit = 編輯收據
receipt-form-add = 新增收據
receipt-form-save = 儲存收據
receipt-form-delete = 刪除收據…
receipt-delete-title = 刪除這張收據？
receipt-delete-body = 收據將從存檔中刪除。它的附件也會刪除，除非其他收據也用到。
receipt-delete-confirm = 刪除收據
receipt-delete-keep = 保留收據
receipt-field-date = 購買日期
receipt-other-card = 其他卡片（輸入名稱）
receipt-field-card-name = 卡片名稱
receipt-field-from-date = 有效期限自（日期）
receipt-field-from-time = 有效期限自（時間）
receipt-field-until-date = 有效期限至（日期）
receipt-field-until-time = 有效期限至（時間）
receipt-need-amount = 請填寫支付金額。
receipt-files = 確認檔案
receipt-files-hint = 確認頁的 PDF、截圖或存下的郵件。把檔案拖到視窗上，或在這裡附上；Kōshin 會在存檔旁保留一份副本。
receipt-file-missing = ⚠ 存檔資料夾裡找不到這個檔案
receipt-file-open = 開啟
receipt-file-remove = 移除
receipt-attach = 附上檔案…
receipt-show-folder = 在資料夾中顯示
receipt-file-gone = 存檔資料夾裡找不到這個附件。如果你還有原檔案，請重新附上。
receipt-saved = 已儲存收據。
receipt-deleted = 已刪除收據。

## Family guide
guide-title = 如何幫 { $label } 續費
guide-intro = 這份指南會一步一步帶你幫 { $label } 續費。請在 { $deadline } 之前續費。慢慢來；如果哪一步不成功，請看指南最後。
guide-deadline-unknown = 業者顯示的日期
guide-the-provider = 電信業者
guide-valid-until = 有效期限至
guide-renew-by = 續費期限
guide-steps-heading = 一步一步來
guide-failure-heading = 如果不成功
guide-help-heading = 需要幫忙？
guide-help-support = { $provider } 客服
guide-help-helper = 幫你的人
guide-you-see = 你會看到
guide-you-do = 你要做
guide-footer = 由 Kōshin 產生。它從不付款，也從不問你的信用卡號。
guide-payment-any = 能在海外使用的信用卡或 PayPal
guide-check-title = 看看還剩多少
guide-check-see = { $provider } 的 App 或網站上會顯示剩餘流量和卡片停用的日期。
guide-check-do = 和這個日期比一比：{ $end }。如果三天內就要到期，請馬上續費。
guide-connect-title = 保持連網
guide-connect-see = 手機上方的 WiFi 或行動網路圖示。
guide-connect-do-esim = 開始前先連上飯店 WiFi。不要刪除 eSIM。
guide-connect-do-sim = SIM 卡一直插在手機裡，續費完成前不要離開日本。
guide-open-title = 打開網站
guide-open-see = { $provider } 的網站或 App，上面有儲值或續費的按鈕。
guide-open-do = 在手機或電腦上打開這個網址，選擇儲值或續費。
guide-shop-title = 去門市
guide-shop-see = 業者的門市，櫃台有服務人員。
guide-shop-do = 帶上護照、插著 SIM 卡的手機和日圓現金。把這句日文給服務人員看：
guide-shop-phrase = このSIMカードの更新（チャージ）をお願いします。
guide-seller-title = 打開賣家的頁面
guide-seller-see = 你之前用過的賣家頁面。
guide-seller-do = 只用你熟悉的賣家。如果頁面看起來不一樣，或要求填寫奇怪的資料，請停下來打電話給幫你的人。
guide-plan-title = 選擇方案
guide-plan-see = 附價格的方案或流量包清單。
guide-plan-do = 選擇 { $plan }。價格大約是 { $price }。
guide-number-title = 輸入號碼
guide-number-see = 一個要求輸入 { $field } 的欄位。
guide-number-do = 輸入這個號碼，繼續之前逐位核對：
guide-number-do-shop = 把這個號碼給服務人員看，並核對他們輸入的內容：
guide-pay-title = 付款
guide-pay-see = 付款頁面，有時會用簡訊或郵件傳驗證碼。
guide-pay-see-shop = 服務人員會告訴你價格。
guide-pay-do = 用 { $payment } 付款。如果付款被拒，請看下面的「如果不成功」。
guide-confirm-title = 確認已成功
guide-confirm-see = 確認頁面，以及業者寄來的郵件。
guide-confirm-do = 再打開 App，確認日期和流量已經變了。
guide-proof-title = 保存憑證
guide-proof-see = 有訂單編號的確認頁面。
guide-proof-do = 截圖並保留郵件。把訂單編號傳給 { $helper }。
guide-auto-title = 確認自動續費
guide-auto-see = 在 App 或帳戶裡：自動續費開關和綁定的信用卡。
guide-auto-do = 確認自動續費已開啟，綁定的信用卡沒有過期。你不需要買任何東西。
guide-router-check-title = 查看歸還日期
guide-router-check-see = 租借公司寄來的預訂郵件。
guide-router-check-do = 分享器必須在 { $return_by } 之前歸還到 { $place }。想多用幾天，請先申請延長。
guide-router-ask-title = 申請延長
guide-router-ask-see = 租借公司的網站、電子郵件或電話。
guide-router-ask-do = 請在 { $deadline } 之前申請延長租期。太晚申請可能會被拒絕。
guide-router-pay-do = 支付延長費用：每天 { $fee }。逾期歸還每天 { $late }，所以延長通常比較便宜。
guide-router-confirm-title = 確認新的歸還日期
guide-router-confirm-see = 租借公司確認延長的郵件。
guide-router-confirm-do = 在郵件裡確認新的歸還日期。
guide-router-care-title = 照顧好分享器
guide-router-care-see = 分享器上的電量。
guide-router-care-do = 每晚充電，充電器放在一起，在新的日期前一起歸還。
guide-fail-network-title = 檢查網路
guide-fail-network-see = 頁面打不開，或出現錯誤。
guide-fail-network-do = 換成飯店 WiFi（或其他網路）再試一次。
guide-fail-payment-title = 換一種付款方式
guide-fail-payment-see = 「付款遭拒」或「不接受此卡」。
guide-fail-payment-do = 外國信用卡常常被拒絕。換一張卡或用 PayPal，或者到門市付款。
guide-fail-support-title = 尋求幫忙
guide-fail-support-see = 還是不行。
guide-fail-support-do = 打電話給業者客服或幫你的人（見下方）。準備好訂單編號和卡片號碼。
guide-mode-title = 家人指南
guide-mode-hint = 選擇一張卡片。指南會用大字一次顯示一步，附上這張卡的資料，也可以存成檔案傳給家人。
guide-mode-open = { $label } 的指南
guide-mode-step = 第 { $n } 步，共 { $count } 步
guide-mode-back = 上一步
guide-mode-next = 下一步
guide-mode-failure = 不成功怎麼辦
guide-mode-done = 完成
guide-mode-choose = 選擇其他卡片
guide-mode-facts = 這張卡的資料
guide-export-html = 匯出指南為 HTML…
guide-export-md = 匯出指南為 Markdown…
guide-exported = 已將指南寫入 { $path }。
guide-mode-end = 完成了。App 顯示新的日期，就表示續費成功了。

## Shared cards
card-file-too-large = 這個檔案太大，不是分享的卡片。沒有匯入任何內容。
card-file-not-text = 這個檔案不是分享的卡片（不是文字）。沒有匯入任何內容。
card-file-damaged = 這個卡片檔案在第 { $line } 行第 { $column } 欄損壞（{ $detail }）。沒有匯入任何內容。
card-file-not-a-card = 這個檔案不是 Kōshin 分享的卡片。沒有匯入任何內容。
card-file-newer = 這張卡片由較新版本的 Kōshin（格式 { $version }）分享。請更新 Kōshin 後再匯入。
card-file-refused = 無法匯入這張卡片：{ $problem }
card-imported = 已匯入卡片，名稱為 { $label }。
card-exported = 已將 { $label } 寫入 { $path }。
card-export = 匯出卡片…
card-export-without-ids = 不含號碼匯出…
card-import = 匯入卡片…
cli-card-not-found = 沒有叫「{ $label }」的卡片。現有卡片：{ $labels }

## The sample household (koshin demo)
demo-mum = 媽媽
demo-dad = 爸爸
demo-lin = 小琳
demo-helper = 小琳（女兒）
demo-esim-label = 媽媽的 eSIM
demo-esim-support = support@sora-esim.example，或在 App 裡找客服聊天
demo-esim-payment = 小琳的 Visa 卡
demo-esim-notes = 在 Sora App 裡儲值；千萬不要刪掉 eSIM 再重新安裝。
demo-sim-label = 爸爸的 SIM 卡
demo-sim-support = 0120-000-000（英語、中文），9:00–21:00
demo-sim-payment = 現金（日圓）
demo-sim-notes = 飯店附近的那家店只收現金。
demo-router-label = 全家的隨身WiFi
demo-router-return-place = 關西機場第1航廈 Tabi 櫃台
demo-router-notes = 隨身WiFi 和充電器放進預付郵資的信封裡寄回。
