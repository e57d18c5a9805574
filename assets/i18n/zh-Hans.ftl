# Kōshin — 简体中文。

## App and navigation
app-tagline = 让你在日本的流量卡一直能用
nav-cards = 卡片
nav-overview = 总览
nav-renew = 续费
nav-receipts = 收据
nav-checklist = 注意事项
nav-guide = 家人指南
nav-settings = 设置
nav-temporary = 示例档案：临时副本，关闭 Kōshin 后删除。
read-only-hint = 档案目前为只读，无法修改。

## Card kinds, channels, plans
kind-sim = SIM 卡
kind-esim = eSIM
kind-pocket-wifi = 随身WiFi
channel-online = 网上（官网或 App）
channel-store = 营业厅
channel-third-party = 第三方平台
channel-automatic = 自动续费
channel-short-online = 网上
channel-short-store = 营业厅
channel-short-third-party = 第三方
channel-short-automatic = 自动
plan-per-day = 按天
plan-per-month = 按月
plan-data-pack = 流量加油包
plan-rental = 延长租期

## Cards screen
cards-title = 你的卡片
cards-add = 添加卡片
cards-empty = 还没有卡片。添加你在日本用的 SIM 卡、eSIM 或随身WiFi，Kōshin 会帮你记住什么时候必须续费。
cards-col-kind = 类型
cards-col-label = 卡片
cards-col-owner = 使用人
cards-col-provider = 运营商
cards-col-valid-until = 有效期至
cards-col-state = 状态
cards-archived = 已归档
cards-open-hint = 打开以编辑或删除

## Card form
card-form-title-new = 新卡片
card-form-title-edit = 编辑 { $label }
card-form-add = 添加卡片
card-form-save = 保存修改
card-form-cancel = 取消
card-form-delete = 删除卡片…
card-form-cannot-save = 暂时不能保存：
card-section-card = 卡片信息
card-section-provider = 运营商与客服
card-section-numbers = 卡上的号码
card-section-plan = 套餐、有效期与流量
card-section-return = 归还设备
card-section-renewal = 续费与付款方式
card-section-notes = 其他
card-section-helper = 谁来帮忙续费
card-helper-hint = 显示在家人指南的“需要帮助？”里，让续费的人知道该打给谁。
field-helper-name = 帮忙的人
field-helper-phone = 帮忙的人的电话或微信
card-numbers-hint-sim = 电话号码和印在 SIM 卡（或卡托）上的 ICCID。
card-numbers-hint-esim = ICCID 在手机的 eSIM 详情里。拨打 *#06# 可看到 EID 和 IMEI。
card-numbers-hint-wifi = 租赁编号在预订邮件里；序列号在设备背面的标签上。
field-label = 名称
field-label-hint = 家里人怎么称呼它，例如“妈妈的 eSIM”。
field-owner = 使用人
field-kind = 类型
field-provider = 运营商
field-website = 运营商网站
field-support = 客服联系方式
field-phone-number = 电话号码
field-iccid = ICCID
field-eid = EID
field-imei = IMEI
field-imei-hint = 在手机上拨打 *#06# 即可看到。
field-rental-number = 租赁编号
field-device-serial = 设备序列号
field-plan-name = 套餐名称
field-plan-kind = 套餐类型
field-price = 价格
field-currency = 币种
field-validity-date = 有效期至（日期）
field-validity-time = 有效期至（时间）
field-activation-on = 从激活起按 24 小时计算天数
field-activation-date = 激活日期
field-activation-time = 激活时间
field-activation-days = 有效天数
field-activation-end = 有效期至 { $moment }
field-zone = 运营商使用的时区
field-zone-hint = 运营商按哪个时区计算天数。大多数日本运营商用日本时间。
field-allowance = 流量总额
field-remaining = 剩余流量
field-daily-cap = 每日上限
field-data-hint = 例如 10 GB 或 500 MB。不知道或不限量时留空。
field-return-date = 归还期限（日期）
field-return-time = 归还期限（时间）
field-return-place = 归还地点
field-notice-hours = 延长需提前（小时）
field-notice-hours-hint = 租赁公司要求在归还前多少小时申请延长，通常是 48 小时。
field-late-fee = 逾期归还每天费用
field-late-fee-hint = 使用套餐的币种。Kōshin 会与延长费用比较。
field-channel = 平时在哪里续费
field-auto-renew = 自动续费
field-payment-label = 付款方式
field-last-four = 卡号后四位
field-payment-hint = 给付款方式起个名字，例如“爸爸的 Visa”或“PayPal”。Kōshin 从不保存卡号。
field-notes = 备注
field-archived = 已归档（不再使用）
field-date-clear = 清除
card-delete-title = 删除 { $label }？
card-delete-body = { $count ->
    [0] 卡片将被删除。它没有收据。
   *[other] 卡片将被删除。它的 { $count } 张收据会保留在档案中。
}
card-delete-confirm = 删除卡片
card-delete-keep = 保留卡片
card-added = 已添加 { $label }。
card-saved = 已保存 { $label }。
card-deleted = 已删除 { $label }。它的收据已保留。

## Card errors
card-error-missing-label = 请给卡片起个名字，例如“妈妈的 eSIM”。
card-error-label-taken = 已经有一张卡片叫“{ $label }”。请换一个能区分的名字。
card-error-last-four = 卡号后四位必须正好是四个数字，或者留空。
payment-card-refused = { $field }：这看起来像银行卡号（尾号 { $last_four }）。Kōshin 从不保存卡号：在“付款方式”里只填名字和后四位即可。如果这是 IMEI，请填到 IMEI 一栏。

## Identifier warnings
id-warn-not-digits = 其中有数字以外的字符。请对照卡片核对。
id-warn-hex-letters = 这个 ICCID 含有字母。有些卡确实如此，但请对照卡片核对。
id-warn-length = 这里有 { $found } 位数字；通常是 { $expected } 位。
id-warn-prefix = 通常以 { $expected } 开头。
id-warn-check-digit = 最后一位（校验位）与前面的数字对不上。可能有一位输错了。
id-warn-imei-check-missing = 好像少了最后一位（校验位），应该是 { $digit }。
id-warn-eid-checksum = EID 的校验位对不上。可能有一位输错了。
id-warn-not-jp-mobile = 这不是日本手机号码（070、080、090 或 020 开头，后面还有 8 位）。

## Typed values
input-bad-date = “{ $text }”不是日期。请写成 2026-11-30 这样。
input-bad-time = “{ $text }”不是时间。请写成 23:59 这样。
input-unknown-zone = Kōshin 不认识“{ $text }”这个时区。
input-bad-hours = “{ $text }”不是小时数。请写成 48 这样。
input-missing-activation = 请填写激活时间（日期；如果运营商按小时计算，也填时间）。
input-bad-days = “{ $text }”不是天数。请写成 7 这样。
input-bad-data = “{ $text }”不是流量大小。请写成 3 GB 或 500 MB 这样。
money-bad-amount = “{ $text }”不是金额。请写成 1500 或 12.50 这样。
money-negative = 金额不能是负数。
money-unknown-currency = “{ $code }”不是币种代码。请使用 JPY、CNY 或 USD 这样的代码。

## Settings
settings-title = 设置与数据
settings-archive = 档案保存在哪里
settings-archive-hint = 卡片、收据和设置都保存在这一个文件里，旁边的文件夹里有备份。
settings-open-folder = 打开文件夹
settings-data-dir-hint = 想把档案放在别处（U 盘、同步文件夹），可以用 --data-dir 文件夹 启动 Kōshin，或设置 KOSHIN_DATA_DIR。
settings-language = 语言
settings-language-system = 跟随系统语言
settings-language-hint = 日期、家人指南、导出的提醒和命令行都会使用这个语言。
settings-theme = 外观
settings-guide-size = 家人指南的字号
settings-planning = 计划与提醒
settings-lead-time = 在有效期结束前提前续费
days-count = { $days } 天
settings-low-data = 剩余流量低于此值时提醒
settings-alarms = 每个期限前的日历提醒
settings-planning-hint = 在有效期或租期结束前这么多天，或按目前用量流量用完的前一天（以较早者为准），就该续费了。导出的日历会在每个期限前的这些时间提醒你。
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
open-folder-failed = 无法打开 { $path }：{ $detail }

## The archive file
store-io = 无法读取或写入 { $path }：{ $detail }
store-damaged = { $path } 在第 { $line } 行第 { $column } 列损坏：{ $problem }（详情：{ $detail }）
damage-not-utf8 = 文件中有不是文字的字节。
damage-truncated = 文件提前结束了，可能是在写入时被中断。
damage-wrong-value = 有一个值的类型不对（例如该写数字的地方写了文字）或无法识别。
damage-syntax = 文件结构损坏（少了逗号、括号或引号）。
store-newer-unreadable = { $path } 是由较新版本的 Kōshin（格式 { $version }）写入的，当前版本无法读取。请更新 Kōshin 后再打开。文件没有被改动。
store-bad-version = { $path } 的格式版本为 { $version }，没有任何版本的 Kōshin 会写入这个版本。
store-read-only = 档案目前为只读，没有写入任何内容。
store-no-backup = 没有可以读取的备份。
store-serialize = 无法把档案写成文字：{ $detail }
archive-read-only-title = 只读
archive-in-use = 另一个 Kōshin 窗口正在使用这个档案。为了不互相覆盖修改，这个窗口为只读。请关闭另一个窗口后重试。
archive-unwritable = 档案所在的文件夹无法写入，所以这个窗口为只读。{ $detail }
archive-newer = 这个档案是由较新版本的 Kōshin（格式 { $version }）写入的。为了不丢失任何内容，它以只读方式打开。请更新 Kōshin 后再修改。
archive-try-again = 重试
archive-reopened = 档案已可以再次修改。
archive-started-new = 已新建档案。损坏的文件保留为 { $aside }。
backup-restored = 已恢复最新的备份。损坏的文件保留为 { $aside }。
damaged-title = 档案文件已损坏
damaged-untouched = Kōshin 没有改动这个文件，也不会覆盖它。
damaged-restore-hint = 最新的可读备份是 { $name }。恢复时，损坏的文件会改名保留在旁边。
damaged-restore = 恢复最新的备份
damaged-no-backup = 没有可以读取的备份。
damaged-start-new-hint = 也可以新建一个空档案。损坏的文件会改名移到一边，不会删除，之后仍可以手动修复。
damaged-start-new = 新建档案
save-failed = 你的修改无法保存：{ $detail } 修改仍保留在这个窗口里；问题解决后请重试。
notice-retry-save = 重新保存
notice-dismiss = 关闭

## Command line
cli-no-data-dir = 找不到你的配置文件夹。请用 --data-dir 文件夹 或 KOSHIN_DATA_DIR 指定。
cli-demo-exists = { $path } 已存在。请为示例档案选择一个空文件夹。
cli-demo-written = 已将示例档案写入 { $path }。
cli-check-missing = { $path } 还没有档案。Kōshin 会从空档案开始。
cli-check-sound = { $path } 完好：{ $cards } 张卡片，{ $receipts } 张收据。
cli-check-newer = { $summary } 它由较新版本的 Kōshin（格式 { $version }）写入，将以只读方式打开。

## Command line help (koshin --help)
cli-heading-usage = 用法
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项
cli-help-help = 显示帮助
cli-help-version = 显示版本
cli-help-koshin = 让你在日本的流量卡一直能用：规划续费，一步步带你完成续费，保存收据。不带命令时打开程序。
cli-help-data-dir = 存放 koshin.ron 的文件夹（默认是你的配置文件夹，Linux 上为 ~/.config/koshin；也可以设置 KOSHIN_DATA_DIR）
cli-help-demo-flag = 用示例档案的一份临时副本打开程序
cli-help-demo = 把示例档案（一张 SIM 卡、一张 eSIM 和一台随身WiFi，附收据）写入 DIR
cli-help-demo-dir = 要写入的文件夹；里面不能已有档案
cli-help-demo-receipts = 不用小示例，而是生成一个有这么多张收据的大家庭（用来试大量数据）
cli-help-demo-cards = 配合 --receipts：大家庭有几张卡（默认 50）
cli-help-check = 读取并检查档案，不写入任何东西。正常时退出码为 0，有问题时为 1
cli-help-due = 列出快要续费的卡，最急的在前，续费期限按本地时间显示
cli-help-due-within = 往后看几天（默认 7）
cli-help-due-json = 输出 JSON 而不是文字，供脚本使用
cli-help-export = 导出文件给其他程序用
cli-help-export-ics = 把续费期限导出为带提醒的 iCalendar 文件，可导入手机日历
cli-help-export-ics-file = 要写入的 .ics 文件
cli-help-export-card = 导出一张卡用来分享（不含收据和记录）
cli-help-card-label = 卡的名称
cli-help-export-card-file = 要写入的文件（.koshin-card.ron）
cli-help-export-card-without = 不导出卡上的号码（电话号码、ICCID、EID、IMEI、租借编号）
cli-help-export-receipts = 把全部收据导出为 CSV，列为 date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes
cli-help-export-receipts-file = 要写入的 .csv 文件
cli-help-import = 把文件导入档案
cli-help-import-card = 导入别人分享的卡（.koshin-card.ron），作为新卡添加；名称重复时会加上“ (2)”
cli-help-import-card-file = 要读取的卡文件
cli-help-import-receipts = 从 CSV 导入收据（列与 export receipts 相同）。先检查每一行：只要有一行有问题就什么都不导入，并列出每个有问题的行
cli-help-import-receipts-file = 要读取的 .csv 文件
cli-help-guide = 为一张卡写出家人指南：FILE.html 为 HTML，FILE.md 为 Markdown
cli-help-guide-lang = 指南的语言：en、zh-Hans、zh-Hant 或 ja（默认为程序的语言）
cli-help-guide-out = 要写入的文件，以 .html 或 .md 结尾

## Renew screen
renew-title = 给卡片续费
renew-hint = Kōshin 会一步一步带你完成续费。你可以随时停下，之后再继续，即使关闭了程序也没关系。
renew-no-cards = 请先在“卡片”页面添加一张卡片。
renew-validity-unknown = 有效期未知
renew-valid-until = 有效期至 { $moment }
renew-start = 给 { $label } 续费
renew-continue = 继续给 { $label } 续费（第 { $step } 步，共 { $steps } 步）
renewal-cancelled = 已停止给 { $label } 续费。没有做任何修改。
renewal-recorded = 已记录 { $label } 的续费：有效期至 { $until }。收据已保存在档案中。
renewal-failure-recorded = 已记录 { $label } 的失败尝试。卡片没有改动。

## Wizard: frame
wizard-renewing = 正在给 { $label }（{ $provider }）续费
wizard-step-of = 第 { $n } 步，共 { $count } 步：{ $title }
wizard-steps = 步骤
wizard-to-continue = 继续之前：
wizard-back = 上一步
wizard-next = 下一步
wizard-record = 记录续费
wizard-failed = 没有成功…
wizard-cancel = 取消续费…
wizard-cancel-title = 停止这次续费？
wizard-cancel-body = 你为 { $label } 填写的内容会被丢弃。卡片、收据和记录都保持不变。
wizard-cancel-confirm = 停止续费
wizard-cancel-keep = 继续续费
wizard-unticked-title = 还有注意事项没完成
wizard-unticked-body = { $count ->
   *[other] 有 { $count } 项注意事项还没完成或勾选：
}
wizard-record-anyway = 仍然记录
wizard-back-to-checklist = 返回注意事项
wizard-moment-left = { $deadline } 结束，{ $countdown }。
wizard-moment-past = 已于 { $moment } 结束：卡已经不能用了。请马上续费；可能需要其他网络（例如酒店 WiFi）。

## Wizard: step titles
step-check-card = 查看卡片
step-check-rental = 查看租期
step-check-phone = 检查手机
step-check-router = 检查设备
step-choose-how = 选择续费方式
step-prepare-payment = 准备付款
step-choose-plan = 选择套餐
step-choose-extension = 选择延长天数
step-enter-details = 填写并核对信息
step-pay = 付款
step-confirm = 确认已成功
step-confirm-return = 确认新的归还日期
step-keep-proof = 保存凭证
step-summary = 核对并记录

## Wizard: what blocks Next
wizard-need-validity = 请填写运营商显示的有效期截止日期。
wizard-need-return = 请填写设备必须归还的日期。
wizard-need-sim-device = 请勾选两项手机检查：锁网的手机或不支持日本频段的手机无法使用这张 SIM 卡。
wizard-need-esim-support = 请勾选手机支持 eSIM。不支持的话无法使用 eSIM。
wizard-need-connection = 新的 eSIM 需要联网下载。请勾选你现在有可用的流量或 WiFi。
wizard-need-auto-checks = 请勾选两项：自动续费已开启，并且绑定的银行卡有效。
wizard-need-payment = 请写下你要用的付款方式，例如“Lin 的 Visa”“PayPal”或“现金（日元）”。
wizard-need-plan-name = 请按运营商显示的名称填写套餐。
wizard-need-days = 请填写要延长几天。
wizard-bad-days = “{ $text }”不是天数。请写成 3 这样。
wizard-need-identifier = 请填写 { $field }；运营商会要求填写。
wizard-need-amount = 请填写你支付的金额。
wizard-need-new-validity = 请填写运营商显示的新有效期。
wizard-need-step = 请先完成“{ $step }”这一步。

## Wizard: step 1, check the card
wizard-check-card-sim = 查一下你的 SIM 卡什么时候停用、还剩多少流量。运营商的 App 或网站上都能看到；有的运营商会发短信，也可以问客服。如果运营商显示的和下面不一样，请改正。
wizard-check-card-esim = 打开 eSIM 运营商的 App（或网站），查一下 eSIM 什么时候到期、还剩多少流量。如果 App 显示的和下面不一样，请改正。
wizard-check-card-wifi = 查一下租期什么时候结束：预订邮件和租赁公司网站上都有。设备屏幕上会显示已用流量。
wizard-rental-end-date = 租期结束（日期）

## Wizard: step 2, check the device
wizard-device-sim = 确认手机能用这张 SIM 卡。
wizard-phone-unlocked = 手机没有锁网（能用其他运营商的 SIM 卡）
wizard-bands-ok = 手机支持日本的频段（见手机规格说明）
wizard-sim-inside-japan = 有些充值只能在日本境内、并且只能用这张 SIM 卡自己的流量完成。请在离开日本前续费，续费时 SIM 卡要一直插在手机里。
wizard-device-esim = 确认手机可以安装 eSIM。拨打 *#06# 可看到 EID。
wizard-esim-supported = 手机支持 eSIM
wizard-esim-mode = 充值，还是买新的 eSIM？
wizard-esim-top-up = 给手机上现有的 eSIM 充值
wizard-esim-new = 买一个新的 eSIM
wizard-esim-new-warning = 新的 eSIM 必须在有网络时下载。请趁流量或酒店 WiFi 还能用的时候下载，并且在新 eSIM 能用之前保留旧的。
wizard-connection-ok = 我现在有可用的流量或 WiFi
wizard-esim-never-delete = 不要删除可能还要充值的 eSIM：有些 eSIM 只能安装一次。
wizard-device-wifi = 延长租期之前先检查设备。
wizard-battery-ok = 设备已充满电
wizard-charger-ok = 充电器和数据线在设备旁边
wizard-late-return-warning = 逾期归还每天都要收费，往往比延长还贵。设备逾期多日不还会被当作丢失处理。

## Wizard: step 3, choose how
wizard-choose-how-intro = 这次怎么续费？
wizard-how-online = 最快。第一次付款可能需要验证码或邮件确认，外国银行卡有时会被拒绝。
wizard-how-store = 营业厅的工作人员会帮你选套餐、回答问题。有些店只收现金：请带够日元、护照和卡片或手机。
wizard-how-third-party = 不是运营商本身的卖家。可能更便宜，但售后较弱。
wizard-how-automatic = 不用买任何东西：套餐每月自动续费。你只需要确认它会续上。
wizard-third-party-warning = 付款前先查一下卖家的口碑：看看最近的评价，优先选择运营商列出的卖家。只提供续费需要的信息，否则个人信息可能泄露。
wizard-provider-site = 运营商网站：

## Wizard: step 4, prepare the payment
wizard-prepare-online = 准备一个能跨境付款的方式：信用卡或 PayPal。外国银行卡有时会被拒绝（3-D Secure 验证、银行拦截、账单地址、只收日本发行的卡），所以请再准备一张。
wizard-prepare-third-party = 准备一个卖家接受、并且能跨境付款的方式。最好选有买家保障的，例如 PayPal 或信用卡。
wizard-prepare-store = 带好日元现金：很多店只收现金。也请带上护照和卡片或手机。
wizard-prepare-automatic = 打开运营商的 App 或账户，确认两件事。
wizard-international-ok = 这个付款方式可以在境外付款
wizard-auto-renew-on = 自动续费已开启
wizard-card-on-file = 绑定的银行卡仍然有效（没有过期，没有被冻结）

## Wizard: step 5, choose the plan
wizard-plan = 选择套餐：按天、按月，或流量加油包。付款前请先看清套餐条款。
wizard-plan-wifi = 请在下面的截止时间前向租赁公司申请延长。比较一下延长费用和逾期费用。
wizard-extension-fee = 每天的延长费用
wizard-extension-days = 延长天数
wizard-extension-cheaper = 延长 { $days } 天需要 { $extend }；逾期 { $days } 天归还需要 { $late }。延长更便宜。
wizard-late-cheaper = 延长 { $days } 天需要 { $extend }；逾期 { $days } 天归还需要 { $late }。请查看租赁公司的条款：设备借太久会被当作丢失处理。
wizard-deadline = 请在 { $deadline } 之前申请延长（归还前 { $hours } 小时）。
wizard-deadline-passed = 申请截止时间（{ $deadline }，归还前 { $hours } 小时）已经过了。请马上打电话问租赁公司还能不能延长。
wizard-addon-warning = 有些流量加油包要等主套餐用完才开始，并且不会延长有效期。
wizard-terms = 付款前请确认这些条款
wizard-term-cap = 每天有没有流量上限？超过后会限速到多慢？
wizard-term-roaming = 在日本以外使用有没有漫游费？
wizard-term-start = 有效期从什么时候开始：购买时、激活时，还是当前套餐结束后？
wizard-term-day-end = 一天按哪个时区结束：日本时间、UTC+8、UTC，还是激活后 24 小时？
wizard-term-refund = 没用完的流量能退款吗？
wizard-terms-understood = 我已了解套餐条款
wizard-refund-known = 我知道退款规定

## Wizard: step 6, details
wizard-details-online = 在运营商页面上填写这些信息，提交前请对照卡片逐项核对。
wizard-details-third-party = 在卖家页面上填写这些信息，提交前请对照卡片逐项核对。
wizard-details-store = 把这些信息给营业厅工作人员看，付款前核对他们输入的内容。
wizard-plan-chosen = 套餐
wizard-details-checked = 我已对照卡片核对了每一项

## Wizard: step 7, pay
wizard-pay-online = 在运营商的网站或 App 上付款。如果要求输入验证码，会通过短信或邮件发送。
wizard-pay-third-party = 在卖家页面上付款。拿到订单号之前不要关闭确认页面。
wizard-pay-store = 在柜台付款，并索要收据。
field-amount = 支付金额
field-order-number = 订单号
wizard-pay-order-hint = 订单号在确认页面、邮件或店里的收据上。出问题时客服会问你要。

## Wizard: step 8, confirm
wizard-confirm = 确认运营商的 App 或账户里显示了新的有效期（和流量）。把显示的内容填在这里。
wizard-confirm-wifi = 确认租赁公司已确认延长（邮件或网站上）。填写新的归还日期。
wizard-new-validity-date = 新的有效期至（日期）
wizard-new-return-date = 新的归还期限（日期）
wizard-new-time = 新的结束时间
wizard-new-remaining = 现在的流量

## Wizard: step 9, keep the proof
wizard-keep-proof = 保存凭证：订单号、付款收据和确认邮件。记录续费时，Kōshin 会保存收据。
wizard-keep-proof-files = 保留确认邮件，并给确认页面截图。

## Wizard: summary
wizard-summary-intro = 请核对将要记录的内容。在你按下“记录续费”之前，什么都不会改动。
wizard-summary-open = { $count ->
   *[other] 还有 { $count } 项注意事项没完成；请看注意事项清单。
}
wizard-summary-incomplete = 还有步骤没有完成。
wizard-summary-record-hint = 记录后会更新卡片的有效期和流量，添加收据，并在卡片的续费记录里留下一条。
summary-card = 卡片
summary-channel = 续费方式
summary-validity = 有效期
summary-validity-change = 从 { $old } 到 { $new }
summary-data = 流量
summary-plan = 套餐
summary-amount = 金额
summary-order = 订单号

## Wizard: when it didn't work
recovery-title = 没有成功
recovery-intro = 别担心，什么都没有丢。请按顺序试试这些办法。
recovery-network-title = 1. 检查网络
recovery-network = 确认手机或电脑已联网。换一个网络（例如酒店 WiFi）再试一次。
recovery-payment-title = 2. 换一种付款方式
recovery-payment = 外国银行卡常常被拒绝。换一张卡、用 PayPal，或者去营业厅付款。
recovery-support-title = 3. 联系客服
recovery-support = 联系运营商客服，并准备好这些信息：
recovery-no-support = 这张卡没有保存客服联系方式
recovery-no-order = 暂无
recovery-note-title = 发生了什么
recovery-note = 记录备注
wizard-retry = 再试一次
wizard-record-failure = 记录失败尝试

## Checklist
checklist-title = 注意事项清单
checklist-hint = 每次进行中的续费的注意事项。有些由 Kōshin 自动检查；其他的请在完成后勾选。
checklist-none = 没有进行中的续费。在“续费”页面开始一次续费，它的注意事项会显示在这里。
checklist-for = 正在给 { $label } 续费
checklist-all-done = 所有注意事项都已完成。
checklist-open = { $count ->
   *[other] 还有 { $count } 项注意事项。
}
precaution-renew-early = 提前续费：流量用完前一天、有效期结束前几天
precaution-identifiers-valid = 填写的号码正确
precaution-check-details = 提交前核对每一项信息
precaution-keep-proof = 保存凭证：订单号、收据、确认邮件
precaution-understand-terms = 了解套餐条款：每日上限、漫游费、有效期何时开始
precaution-refund-policy = 了解退款规定
precaution-reputation = 查看卖家的口碑
precaution-bring-cash = 带够日元现金去营业厅
precaution-roaming-off = 关闭国内手机卡的数据漫游
precaution-keep-esim = 不要删除 eSIM：之后可能还要充值
precaution-extension-notice = 在租赁公司的截止时间前申请延长
judge-data-gone = 流量已经用完。
judge-validity-unknown = 有效期未知。
judge-expired = 有效期已经结束。
judge-late = 只剩 { $hours } 小时；Kōshin 建议提前 { $days } 天续费。
judge-early = 距离结束还有 { $days } 天。
judge-id-missing = 缺少 { $field }。
judge-id-warning = 请检查 { $field }：看起来不对。
judge-proof-kept = 订单号 { $order }。
judge-proof-missing = 没有记下订单号。
judge-proof-later = 付款时记下。
judge-return-unknown = 归还日期未知。
judge-notice-ok = 请在 { $deadline } 之前申请。
judge-notice-passed = 截止时间（{ $deadline }）已经过了。

## Moments and durations
format-date = { $year }年{ $month_n }月{ $day_n }日
format-date-weekday = { $date } { $weekday }
format-moment = { $date } { $time } { $zone }
format-deadline = { $date } { $time } { $zone }
format-weekday-1 = 周一
format-weekday-2 = 周二
format-weekday-3 = 周三
format-weekday-4 = 周四
format-weekday-5 = 周五
format-weekday-6 = 周六
format-weekday-7 = 周日
zone-japan = 日本时间
deadline-both = { $provider }（你的时间 { $local }）
countdown-in = 还有 { $span }
countdown-overdue = 已逾期 { $span }
span-days-hours = { $days } 天 { $hours } 小时
span-hours-minutes = { $hours } 小时 { $minutes } 分钟
span-minutes = { $minutes } 分钟

## Reminders (calendar export)
ics-calendar-name = Kōshin 提醒
ics-renew-by = 给 { $label } 续费
ics-extension-request = 申请延长 { $label }
ics-return-by = 归还 { $label }
ics-when = 期限：{ $moment }
ics-validity-end = 有效期于 { $moment } 结束
ics-alarm = { $days } 天后：{ $summary }

## Why the renewal date
reason-validity = 有效期在此之后结束（已算上提前天数）。
reason-data = 按目前用量，流量会在一天后用完。
reason-return = 设备必须在此之后归还（已算上提前天数）。
reason-notice = 租赁公司要求在此之前申请延长。
cli-lines = { $text }
cli-unknown-lang = Kōshin 不支持“{ $lang }”这个语言。请使用 en、zh-Hans、zh-Hant 或 ja。
cli-due-none = 接下来 { $days } 天没有需要续费的卡片。
cli-due-line = { $urgency }：{ $label }（{ $owner }，{ $kind }）— 请在 { $renew_by } 之前续费，{ $countdown }
cli-ics-written = 已将提醒写入 { $path }。
cli-json-failed = 无法写出 JSON：{ $detail }
urgency-overdue = 已逾期
urgency-today = 今天
urgency-soon = 快到了
urgency-fine = 还早
urgency-unknown = 没有日期

## Overview
overview-title = 要续费什么、什么时候
overview-now = 现在：{ $moment }
overview-empty = 还没有卡片。请在“卡片”页面添加你在日本用的 SIM 卡、eSIM 或随身WiFi。
overview-export-reminders = 导出提醒…
overview-export-reminders-hint = 把各个期限保存为带提醒的日历文件（.ics），可以导入手机日历。
overview-renew-by = 请在 { $deadline } 之前续费（{ $countdown }）
overview-no-dates = 还没有有效期或流量读数：请在“卡片”页面添加。
overview-validity = 有效期至 { $deadline }
overview-return = 请在 { $deadline } 之前归还到 { $place }
overview-extension = 请在 { $deadline } 之前申请延长
overview-continue = 继续给 { $label } 续费
overview-show-data = 查看 { $label } 的流量
overview-data-of = 剩余 { $left }，共 { $allowance }
overview-data-left = 剩余 { $left }
overview-low-data = ⚠ 流量不多了
overview-run-out = 每天约用 { $per_day }：按这个速度，{ $moment } 会用完。
overview-no-use = 最近几次读数之间没有用流量。
overview-data-title = { $label } 的流量
overview-add-reading-title = 添加读数
overview-add-reading-hint = 在运营商的 App 或设备上查看剩余流量，填在这里。有两次以上的读数就能算出用量。
overview-reading = 现在剩余流量
overview-add-reading = 添加读数
overview-readings = 最近的读数
overview-chart-needs-readings = 有两次以上的读数后，图表会显示用量。
chart-readings = 读数
chart-projection = 预计
chart-validity-end = 有效期结束
chart-now = 现在
chart-gb = GB

## Attachments
attach-too-large = { $name } 有 { $size_mb } MB；附件最大 { $max_mb } MB。请保存一个更小的副本（截图或确认页的 PDF）再附上。
attach-unreadable = 无法读取 { $path }：{ $detail }
attach-not-a-file = 这是文件夹，不是文件

## CSV
csv-write-failed = 无法写出 CSV：{ $detail }
csv-row-error = 第 { $line } 行：{ $problem }
csv-unreadable = 文件无法按 CSV 读取（{ $detail }）。
csv-not-utf8 = 文字不是 UTF-8 编码。请另存为“CSV UTF-8”后重试。
csv-column-count = 有 { $found } 列；必须是 { $expected } 列。
csv-bad-header = 第一行必须是表头 { $header }
csv-bad-date = “{ $text }”不是 2026-11-22 这样的日期。
csv-bad-channel = “{ $text }”不是续费方式；请使用 online、store、third-party 或 automatic。
csv-bad-moment = “{ $text }”不是带时差的日期时间，应写成 2026-11-30T23:59:00+09:00 这样。
csv-imported = 已导入 { $count } 张收据；{ $duplicates } 张已在档案中。
csv-import-failed = 没有导入任何内容：请修正这些行后重试。
csv-exported = 已将 { $count } 张收据写入 { $path }。
receipts-col-date = 日期
receipts-col-card = 卡片
receipts-col-provider = 运营商
receipts-col-plan = 套餐
receipts-col-channel = 方式
receipts-col-amount = 金额
receipts-col-order = 订单号
receipts-col-validity = 有效期至

## Receipts screen
receipts-title = 收据档案
receipts-add = 添加收据
receipts-import = 导入 CSV…
receipts-export = 导出 CSV…
receipts-search = 搜索
receipts-search-hint = 订单号、运营商、备注…
receipts-filter-card = 卡片
receipts-filter-year = 年份
receipts-filter-currency = 币种
receipts-all-cards = 全部卡片
receipts-unlinked = 已不在档案中的卡片
receipts-all-years = 全部年份
receipts-all-currencies = 全部币种
receipts-shown = 显示 { $count } 张收据：{ $totals }
receipts-shown-none = 没有符合的收据。
receipts-chart = 每月花费
receipts-chart-amount = 金额
receipts-empty = 还没有收据。每次用向导记录续费都会添加一张；以前的收据可以手动添加或导入 CSV 文件。
receipts-col-files = 文件
receipt-form-title-new = 新收据
receipt-form-title-edit = 编辑收据
receipt-form-add = 添加收据
receipt-form-save = 保存收据
receipt-form-delete = 删除收据…
receipt-delete-title = 删除这张收据？
receipt-delete-body = 收据将从档案中删除。它的附件也会删除，除非其他收据也用到了。
receipt-delete-confirm = 删除收据
receipt-delete-keep = 保留收据
receipt-field-date = 购买日期
receipt-other-card = 其他卡片（输入名称）
receipt-field-card-name = 卡片名称
receipt-field-from-date = 有效期自（日期）
receipt-field-from-time = 有效期自（时间）
receipt-field-until-date = 有效期至（日期）
receipt-field-until-time = 有效期至（时间）
receipt-need-amount = 请填写支付金额。
receipt-files = 确认文件
receipt-files-hint = 确认页的 PDF、截图或保存的邮件。把文件拖到窗口上，或在这里附上；Kōshin 会在档案旁保存一份副本。
receipt-file-missing = ⚠ 档案文件夹里找不到这个文件
receipt-file-open = 打开
receipt-file-remove = 移除
receipt-attach = 附上文件…
receipt-show-folder = 在文件夹中显示
receipt-file-gone = 档案文件夹里找不到这个附件。如果你还有原文件，请重新附上。
receipt-saved = 已保存收据。
receipt-deleted = 已删除收据。

## Family guide
guide-title = 如何给 { $label } 续费
guide-intro = 这份指南会一步一步带你给 { $label } 续费。请在 { $deadline } 之前续费。慢慢来；如果哪一步不成功，请看指南最后。
guide-deadline-unknown = 运营商显示的日期
guide-the-provider = 运营商
guide-valid-until = 有效期至
guide-renew-by = 续费期限
guide-steps-heading = 一步一步来
guide-failure-heading = 如果不成功
guide-help-heading = 需要帮助？
guide-help-support = { $provider } 客服
guide-help-helper = 帮你的人
guide-you-see = 你会看到
guide-you-do = 你要做
guide-footer = 由 Kōshin 生成。它从不付款，也从不问你的银行卡号。
guide-payment-any = 能在境外使用的银行卡或 PayPal
guide-check-title = 看看还剩多少
guide-check-see = { $provider } 的 App 或网站上会显示剩余流量和卡片停用的日期。
guide-check-do = 和这个日期比一比：{ $end }。如果三天内就要到期，请马上续费。
guide-connect-title = 保持联网
guide-connect-see = 手机顶部的 WiFi 或移动数据图标。
guide-connect-do-esim = 开始前先连上酒店 WiFi。不要删除 eSIM。
guide-connect-do-sim = SIM 卡一直插在手机里，续费完成前不要离开日本。
guide-open-title = 打开网站
guide-open-see = { $provider } 的网站或 App，上面有充值或续费的按钮。
guide-open-do = 在手机或电脑上打开这个网址，选择充值或续费。
guide-shop-title = 去营业厅
guide-shop-see = 运营商的门店，柜台有工作人员。
guide-shop-do = 带上护照、插着 SIM 卡的手机和日元现金。把这句日语给工作人员看：
guide-shop-phrase = このSIMカードの更新（チャージ）をお願いします。
guide-seller-title = 打开卖家的页面
guide-seller-see = 你之前用过的卖家的页面。
guide-seller-do = 只用你熟悉的卖家。如果页面看起来不一样，或者要求填写奇怪的信息，请停下来打电话给帮你的人。
guide-plan-title = 选择套餐
guide-plan-see = 带价格的套餐或流量包列表。
guide-plan-do = 选择 { $plan }。价格大约是 { $price }。
guide-number-title = 输入号码
guide-number-see = 一个要求输入 { $field } 的输入框。
guide-number-do = 输入这个号码，继续之前逐位核对：
guide-number-do-shop = 把这个号码给工作人员看，并核对他们输入的内容：
guide-pay-title = 付款
guide-pay-see = 付款页面，有时会通过短信或邮件发验证码。
guide-pay-see-shop = 工作人员会告诉你价格。
guide-pay-do = 用 { $payment } 付款。如果付款被拒，请看下面的“如果不成功”。
guide-confirm-title = 确认已成功
guide-confirm-see = 确认页面，以及运营商发来的邮件。
guide-confirm-do = 再打开 App，确认日期和流量已经变了。
guide-proof-title = 保存凭证
guide-proof-see = 带订单号的确认页面。
guide-proof-do = 截图并保留邮件。把订单号发给 { $helper }。
guide-auto-title = 确认自动续费
guide-auto-see = 在 App 或账户里：自动续费开关和绑定的银行卡。
guide-auto-do = 确认自动续费已开启，绑定的银行卡没有过期。你不需要买任何东西。
guide-router-check-title = 查看归还日期
guide-router-check-see = 租赁公司发来的预订邮件。
guide-router-check-do = 设备必须在 { $return_by } 之前归还到 { $place }。想多用几天，请先申请延长。
guide-router-ask-title = 申请延长
guide-router-ask-see = 租赁公司的网站、邮箱或电话。
guide-router-ask-do = 请在 { $deadline } 之前申请延长租期。太晚申请可能会被拒绝。
guide-router-pay-do = 支付延长费用：每天 { $fee }。逾期归还每天 { $late }，所以延长通常更便宜。
guide-router-confirm-title = 确认新的归还日期
guide-router-confirm-see = 租赁公司确认延长的邮件。
guide-router-confirm-do = 在邮件里确认新的归还日期。
guide-router-care-title = 照顾好设备
guide-router-care-see = 设备上的电量。
guide-router-care-do = 每晚充电，充电器放在一起，在新的日期前一起归还。
guide-fail-network-title = 检查网络
guide-fail-network-see = 页面打不开，或者出现错误。
guide-fail-network-do = 换成酒店 WiFi（或其他网络）再试一次。
guide-fail-payment-title = 换一种付款方式
guide-fail-payment-see = “付款被拒绝”或“不接受此卡”。
guide-fail-payment-do = 外国银行卡常常被拒绝。换一张卡或用 PayPal，或者去营业厅付款。
guide-fail-support-title = 寻求帮助
guide-fail-support-see = 还是不行。
guide-fail-support-do = 打电话给运营商客服或帮你的人（见下方）。准备好订单号和卡片号码。
guide-mode-title = 家人指南
guide-mode-hint = 选择一张卡片。指南会用大字一次显示一步，带上这张卡的信息，也可以保存成文件发给家人。
guide-mode-open = { $label } 的指南
guide-mode-step = 第 { $n } 步，共 { $count } 步
guide-mode-back = 上一步
guide-mode-next = 下一步
guide-mode-failure = 不成功怎么办
guide-mode-done = 完成
guide-mode-choose = 选择其他卡片
guide-mode-facts = 这张卡的信息
guide-export-html = 导出指南为 HTML…
guide-export-md = 导出指南为 Markdown…
guide-exported = 已将指南写入 { $path }。
guide-mode-end = 完成了。App 显示新的日期，就说明续费成功了。

## Shared cards
card-file-too-large = 这个文件太大，不是共享的卡片。没有导入任何内容。
card-file-not-text = 这个文件不是共享的卡片（不是文字）。没有导入任何内容。
card-file-damaged = 这个卡片文件在第 { $line } 行第 { $column } 列损坏（{ $detail }）。没有导入任何内容。
card-file-not-a-card = 这个文件不是 Kōshin 共享的卡片。没有导入任何内容。
card-file-newer = 这张卡片由较新版本的 Kōshin（格式 { $version }）共享。请更新 Kōshin 后再导入。
card-file-refused = 无法导入这张卡片：{ $problem }
card-imported = 已导入卡片，名称为 { $label }。
card-exported = 已将 { $label } 写入 { $path }。
card-export = 导出卡片…
card-export-without-ids = 不含号码导出…
card-import = 导入卡片…
cli-card-not-found = 没有叫“{ $label }”的卡片。现有卡片：{ $labels }

## The sample household (koshin demo)
demo-mum = 妈妈
demo-dad = 爸爸
demo-lin = 小琳
demo-helper = 小琳（女儿）
demo-esim-label = 妈妈的 eSIM
demo-esim-support = support@sora-esim.example，或在 App 里找客服聊天
demo-esim-payment = 小琳的 Visa 卡
demo-esim-notes = 在 Sora App 里充值；千万不要删掉 eSIM 再重新安装。
demo-sim-label = 爸爸的 SIM 卡
demo-sim-support = 0120-000-000（英语、中文），9:00–21:00
demo-sim-payment = 现金（日元）
demo-sim-notes = 酒店附近的那家店只收现金。
demo-router-label = 全家的随身WiFi
demo-router-return-place = 关西机场第1航站楼 Tabi 柜台
demo-router-notes = 随身WiFi 和充电器放进预付邮资的信封里寄回。
