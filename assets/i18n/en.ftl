# Kōshin — English. Every text a person reads comes from here.

## App and navigation
app-tagline = Keep your Japan data card alive
nav-cards = Cards
nav-overview = Overview
nav-renew = Renew
nav-receipts = Receipts
nav-checklist = Checklist
nav-guide = Family guide
nav-settings = Settings
nav-temporary = Sample archive: a temporary copy, removed when Kōshin closes.
read-only-hint = The archive is read-only right now, so nothing can be changed.

## Card kinds, channels, plans
kind-sim = SIM
kind-esim = eSIM
kind-pocket-wifi = Pocket WiFi
channel-online = Online (website or app)
channel-store = At a shop
channel-third-party = Third-party seller
channel-automatic = Automatic (auto-renew)
channel-short-online = Online
channel-short-store = Shop
channel-short-third-party = Third-party
channel-short-automatic = Automatic
plan-per-day = Per day
plan-per-month = Per month
plan-data-pack = Extra data pack
plan-rental = Rental extension

## Cards screen
cards-title = Your cards
cards-add = Add card
cards-empty = No cards yet. Add the SIM, eSIM or pocket WiFi you use in Japan, and Kōshin will keep track of when it must be renewed.
cards-col-kind = Kind
cards-col-label = Card
cards-col-owner = Used by
cards-col-provider = Provider
cards-col-valid-until = Valid until
cards-col-state = State
cards-archived = Archived
cards-open-hint = Open to edit or delete

## Card form
card-form-title-new = New card
card-form-title-edit = Edit { $label }
card-form-add = Add card
card-form-save = Save changes
card-form-cancel = Cancel
card-form-delete = Delete card…
card-form-cannot-save = Can't save yet:
card-section-card = About the card
card-section-provider = Provider and support
card-section-numbers = Numbers on the card
card-section-plan = Plan, validity and data
card-section-return = Returning the router
card-section-renewal = How it is renewed and paid
card-section-notes = Anything else
card-section-helper = Who helps with renewals
card-helper-hint = Shown in the family guide under "Need help?", so the person renewing knows whom to call.
field-helper-name = Helper's name
field-helper-phone = Helper's phone or messenger
card-numbers-hint-sim = The phone number and the ICCID printed on the SIM card (or its holder).
card-numbers-hint-esim = The ICCID is in the phone's eSIM details. Dial *#06# to see the EID and IMEI.
card-numbers-hint-wifi = The rental number is on the booking e-mail; the serial number is on the router's label.
field-label = Label
field-label-hint = What your family calls it, for example "Mum's eSIM".
field-owner = Used by
field-kind = Kind
field-provider = Provider
field-website = Provider website
field-support = Support contact
field-phone-number = Phone number
field-iccid = ICCID
field-eid = EID
field-imei = IMEI
field-imei-hint = Dial *#06# on the phone to see it.
field-rental-number = Rental number
field-device-serial = Device serial number
field-plan-name = Plan name
field-plan-kind = Plan type
field-price = Price
field-currency = Currency
field-validity-date = Valid until (date)
field-validity-time = Valid until (time)
field-activation-on = Valid for a number of 24-hour days from activation
field-activation-date = Activated on (date)
field-activation-time = Activated at (time)
field-activation-days = Days of validity
field-activation-end = Valid until { $moment }
field-zone = Provider's time zone
field-zone-hint = The time zone the provider counts days in. Most Japanese providers use Japan time.
field-allowance = Data allowance
field-remaining = Data left
field-daily-cap = Daily cap
field-data-hint = For example 10 GB or 500 MB. Leave empty when unknown or unlimited.
field-return-date = Return by (date)
field-return-time = Return by (time)
field-return-place = Return place
field-notice-hours = Extension notice (hours)
field-notice-hours-hint = How long before the return the company wants an extension request. Often 48 hours.
field-late-fee = Late return fee per day
field-late-fee-hint = In the plan's currency. Kōshin compares it with the extension fee.
field-channel = Usual way to renew
field-auto-renew = Renews automatically
field-payment-label = Payment method
field-last-four = Last four digits
field-payment-hint = A name for the payment method, such as "Dad's Visa", "Alipay", "WeChat Pay" or "Cash (yen)". Kōshin never stores a card number.
field-notes = Notes
field-archived = Archived (no longer in use)
field-date-clear = Clear
card-delete-title = Delete { $label }?
card-delete-body = { $count ->
    [0] The card is removed. It has no receipts.
    [one] The card is removed. Its receipt is kept in the archive.
   *[other] The card is removed. Its { $count } receipts are kept in the archive.
}
card-delete-confirm = Delete card
card-delete-keep = Keep card
card-added = Added { $label }.
card-saved = Saved { $label }.
card-deleted = Deleted { $label }. Its receipts are kept.

## Card errors
card-error-missing-label = Give the card a label, such as "Mum's eSIM".
card-error-label-taken = Another card is already called "{ $label }". Choose a label that tells them apart.
card-error-last-four = The last four digits must be exactly four digits, or left empty.
payment-card-refused = { $field }: this looks like a payment card number (ending in { $last_four }). Kōshin never stores card numbers: keep only a name and the last four digits under Payment method.

## Identifier warnings
id-warn-not-digits = This has characters other than digits. Check it against the card.
id-warn-hex-letters = This ICCID has letters. Some cards do, but check it against the card.
id-warn-length = This has { $found } digits; it usually has { $expected }.
id-warn-prefix = This usually starts with { $expected }.
id-warn-check-digit = The last digit does not match the others (check digit). A digit may be mistyped.
id-warn-imei-check-missing = The last digit (check digit) seems to be missing; it would be { $digit }.
id-warn-eid-checksum = The EID's check digits do not match. A digit may be mistyped.
id-warn-not-jp-mobile = This is not a Japanese mobile number (070, 080, 090 or 020 and 8 more digits).

## Typed values
input-bad-date = "{ $text }" is not a date. Write it like 2026-11-30.
input-bad-time = "{ $text }" is not a time. Write it like 23:59.
input-unknown-zone = "{ $text }" is not a time zone Kōshin knows.
input-bad-hours = "{ $text }" is not a number of hours. Write it like 48.
input-missing-activation = Enter when the card was activated (the date, and the time if the provider counts hours).
input-bad-days = "{ $text }" is not a number of days. Write it like 7.
input-bad-data = "{ $text }" is not an amount of data. Write it like 3 GB or 500 MB.
money-bad-amount = "{ $text }" is not an amount. Write it like 1500 or 12.50.
money-negative = An amount can't be negative.
money-unknown-currency = "{ $code }" is not a currency code. Use a code such as JPY, CNY or USD.

## Settings
settings-title = Settings and data
settings-archive = Where your archive lives
settings-archive-hint = Cards, receipts and settings are kept in this one file, with backups in the folder beside it.
settings-open-folder = Open folder
settings-data-dir-hint = To keep the archive elsewhere (a USB stick, a synced folder), start Kōshin with --data-dir FOLDER or set KOSHIN_DATA_DIR.
settings-language = Language
settings-language-system = The system's language
settings-language-hint = Dates, the family guide, exported reminders and the command line follow this choice.
settings-theme = Appearance
settings-guide-size = Text size in the family guide
settings-planning = Planning and reminders
settings-lead-time = Renew before the validity ends by
days-count = { $days ->
    [one] 1 day
   *[other] { $days } days
}
settings-low-data = Warn when data left is below
settings-alarms = Calendar reminders before each deadline
settings-planning-hint = A card is due for renewal this many days before its validity or rental ends, or a day before its data runs out at the present rate, whichever is first. Exported calendars remind you at these times before each deadline.
theme-system = Like the system
theme-light = Light
theme-dark = Dark
open-folder-failed = Could not open { $path }: { $detail }

## The archive file
store-io = Could not read or write { $path }: { $detail }.
store-damaged = { $path } is damaged at line { $line }, column { $column }: { $problem } (Details: { $detail })
damage-not-utf8 = the file holds bytes that are not text.
damage-truncated = the file ends too early. It may have been cut off while it was written.
damage-wrong-value = a value is of the wrong kind (for example text where a number belongs) or unknown.
damage-syntax = the file's structure is broken (a missing comma, bracket or quote).
store-newer-unreadable = { $path } was written by a newer version of Kōshin (schema { $version }) and this version can't read it. Update Kōshin to open it. The file has not been changed.
store-bad-version = { $path } carries schema version { $version }, which no version of Kōshin writes.
store-read-only = The archive is read-only right now; nothing was written.
store-no-backup = There is no backup that can be read.
store-serialize = The archive could not be written as text: { $detail }
archive-read-only-title = Read-only
archive-in-use = Another copy of Kōshin has this archive open. This window is read-only so the two cannot overwrite each other's changes. Close the other copy, then try again.
archive-unwritable = The archive's folder can't be written, so this window is read-only. { $detail }
archive-newer = This archive was written by a newer version of Kōshin (schema { $version }). It is open read-only so that nothing in it is lost. Update Kōshin to change it.
archive-try-again = Try again
archive-reopened = The archive is open for changes again.
archive-started-new = Started a new archive. The damaged file was kept as { $aside }.
backup-restored = Restored the newest backup. The damaged file was kept as { $aside }.
damaged-title = The archive file is damaged
damaged-untouched = Kōshin has not changed the file and will not write over it.
damaged-restore-hint = The newest backup that can be read is { $name }. Restoring it keeps the damaged file beside it under a new name.
damaged-restore = Restore newest backup
damaged-no-backup = There is no backup that can be read.
damaged-start-new-hint = Or start a new, empty archive. The damaged file is moved aside under a new name, not deleted, so it can still be repaired by hand.
damaged-start-new = Start a new archive
save-failed = Your changes could not be saved: { $detail } They are kept in this window; try again once the problem is fixed.
notice-retry-save = Try saving again
notice-dismiss = Dismiss

## Command line
cli-no-data-dir = Could not find your config folder. Give one with --data-dir DIR or KOSHIN_DATA_DIR.
cli-demo-exists = { $path } already exists. Choose an empty folder for the sample archive.
cli-demo-written = Wrote the sample archive to { $path }.
cli-check-missing = No archive at { $path } yet. Kōshin starts with an empty one.
cli-check-sound = { $path } is sound: { $cards } cards, { $receipts } receipts.
cli-check-newer = { $summary } It was written by a newer version of Kōshin (schema { $version }) and opens read-only.

## Command line help (koshin --help)
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-help-help = Print help
cli-help-version = Print the version
cli-help-koshin = Keep a travel data card for Japan alive: plan renewals, guide them step by step, archive the receipts. Without a command it opens the app.
cli-help-data-dir = The folder holding koshin.ron (default: your config folder, ~/.config/koshin on Linux; or set KOSHIN_DATA_DIR)
cli-help-demo-flag = Open the app on a fresh temporary copy of the sample archive
cli-help-demo = Write a sample archive (a SIM, an eSIM and a pocket WiFi, with receipts) into DIR
cli-help-demo-dir = The folder to write it into; it must not hold an archive yet
cli-help-demo-receipts = Instead of the small sample, a large household with this many receipts (for trying the app at scale)
cli-help-demo-cards = With --receipts: how many cards the large household has (default 50)
cli-help-check = Load and verify the archive; never writes. Exit 0 when sound, 1 when not
cli-help-due = List the cards to renew soon, most urgent first, with renew-by in local time
cli-help-due-within = How many days ahead to look (default 7)
cli-help-due-json = Print JSON instead of text, for scripts
cli-help-export = Write a file for another program
cli-help-export-ics = The renewal deadlines as an iCalendar file with reminders, for a phone's calendar
cli-help-export-ics-file = The .ics file to write
cli-help-export-card = One card, to share (no receipts, no history)
cli-help-card-label = The card's label
cli-help-export-card-file = The file to write (.koshin-card.ron)
cli-help-export-card-without = Leave out the card's numbers (phone number, ICCID, EID, IMEI, rental number)
cli-help-export-receipts = Every receipt as CSV, with the columns date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes,paid_by,charged_amount,charged_currency,trip
cli-help-export-receipts-file = The .csv file to write
cli-help-import = Read a file into the archive
cli-help-import-card = A shared card (.koshin-card.ron), added as a new card; a taken label gets " (2)"
cli-help-import-card-file = The card file to read
cli-help-import-receipts = Receipts from CSV (the columns of export receipts). Every row is checked first: when any row is bad nothing is imported and each bad row is listed
cli-help-import-receipts-file = The .csv file to read
cli-help-guide = Write the family guide of a card: HTML for FILE.html, Markdown for FILE.md, pictures into a folder with --format png
cli-help-guide-lang = The guide's language: en, zh-Hans, zh-Hant or ja (default: the reader's, else the app's language)
cli-help-guide-out = The file to write, ending in .html or .md; for --format png, a folder

## Renew screen
renew-title = Renew a card
renew-hint = Kōshin walks you through the renewal one step at a time. You can stop at any point and carry on later, even after closing the app.
renew-no-cards = Add a card on the Cards screen first.
renew-validity-unknown = Validity end not known
renew-valid-until = Valid until { $moment }
renew-start = Renew { $label }
renew-continue = Continue renewing { $label } (step { $step } of { $steps })
renewal-cancelled = Stopped the renewal of { $label }. Nothing was changed.
renewal-recorded = Recorded the renewal of { $label }: valid until { $until }. The receipt is in the archive.
renewal-failure-recorded = Recorded the failed attempt for { $label }. The card was not changed.

## Wizard: frame
wizard-renewing = Renewing { $label } ({ $provider })
wizard-step-of = Step { $n } of { $count }: { $title }
wizard-steps = Steps
wizard-to-continue = To continue:
wizard-back = Back
wizard-next = Next
wizard-record = Record renewal
wizard-failed = It didn't work…
wizard-cancel = Cancel renewal…
wizard-cancel-title = Stop this renewal?
wizard-cancel-body = What you entered for { $label } is discarded. The card, its receipts and its history stay as they are.
wizard-cancel-confirm = Stop renewal
wizard-cancel-keep = Continue renewal
wizard-unticked-title = Some precautions are open
wizard-unticked-body = { $count ->
    [one] One precaution is not done or ticked:
   *[other] { $count } precautions are not done or ticked:
}
wizard-record-anyway = Record anyway
wizard-back-to-checklist = Back to the checklist
wizard-moment-left = Ends { $deadline }, { $countdown }.
wizard-moment-past = Ended { $moment }: the card has run out. Renew now; you may need another connection (hotel WiFi) to do it.

## Wizard: step titles
step-check-card = Check the card
step-check-rental = Check the rental
step-check-phone = Check the phone
step-check-router = Check the router
step-choose-how = Choose how to renew
step-prepare-payment = Prepare the payment
step-choose-plan = Choose the plan
step-choose-extension = Choose the extension
step-enter-details = Enter and check the details
step-pay = Pay
step-confirm = Confirm it worked
step-confirm-return = Confirm the new return date
step-keep-proof = Keep the proof
step-summary = Check and record

## Wizard: what blocks Next
wizard-need-validity = Enter the date the card is valid until, as the provider shows it.
wizard-need-return = Enter the date the router must be returned by.
wizard-need-sim-device = Tick both phone checks: a SIM-locked phone, or one without Japan's bands, will not work with this SIM.
wizard-need-esim-support = Tick that the phone supports eSIM. Without it, an eSIM can't be used.
wizard-need-connection = A new eSIM is downloaded over the internet. Tick that you have working data or WiFi now.
wizard-need-auto-checks = Tick both checks: that auto-renew is on, and that the card on file is valid.
wizard-need-payment = Name the payment method you will use, such as "Visa of Lin", "Alipay", "WeChat Pay" or "Cash (yen)".
wizard-need-plan-name = Enter the plan's name as the provider shows it.
wizard-need-days = Enter how many days to extend the rental.
wizard-bad-days = "{ $text }" is not a number of days. Write it like 3.
wizard-need-identifier = Enter the { $field }; the provider asks for it.
wizard-need-amount = Enter the amount you paid.
wizard-need-new-validity = Enter the new validity end the provider shows.
wizard-need-step = Finish the step "{ $step }" first.

## Wizard: step 1, check the card
wizard-check-card-sim = Look up when your SIM stops working and how much data is left. The carrier's app or website shows both; some carriers send them by SMS, or you can ask support. Correct the values below if the carrier shows something else.
wizard-check-card-esim = Open the eSIM provider's app (or its website) and look up when the eSIM expires and how much data is left. Correct the values below if the app shows something else.
wizard-check-card-wifi = Find when the rental ends: it is in the booking e-mail and on the rental company's website. The router's screen shows the data used.
wizard-rental-end-date = Rental ends (date)

## Wizard: step 2, check the device
wizard-device-sim = Make sure the phone can use this SIM.
wizard-phone-unlocked = The phone is not SIM-locked (it works with other carriers' SIMs)
wizard-bands-ok = The phone supports Japan's mobile bands (see the phone's specifications)
wizard-sim-inside-japan = Some top-ups work only inside Japan and only over the SIM's own data. Renew before you leave, and keep the SIM in the phone.
wizard-device-esim = Make sure the phone can hold the eSIM. Dial *#06# to see the EID.
wizard-esim-supported = The phone supports eSIM
wizard-esim-mode = Top up or a new eSIM?
wizard-esim-top-up = Top up the eSIM already on the phone
wizard-esim-new = Buy a new eSIM
wizard-esim-new-warning = A new eSIM must be downloaded over a working connection. Do it while your data or the hotel WiFi still works, and keep the old eSIM until the new one works.
wizard-connection-ok = I have working data or WiFi now
wizard-esim-never-delete = Never delete an eSIM you may want to top up: some can be installed only once.
wizard-device-wifi = Check the router before you extend the rental.
wizard-battery-ok = The router's battery is charged
wizard-charger-ok = The charger and cable are with the router
wizard-late-return-warning = A late return costs a fee for every day, often more than extending. A router not returned for some days is treated as lost.

## Wizard: step 3, choose how
wizard-choose-how-intro = How will you renew this time?
wizard-how-online = Fastest. The first payment may ask for a verification code or an e-mail confirmation, and foreign cards are sometimes rejected.
wizard-how-store = Shop staff help choose a plan and answer questions. Some shops take cash only: bring enough yen, your passport and the card or phone.
wizard-how-third-party = A seller other than the provider. It may be cheaper, but help after buying is weaker.
wizard-how-automatic = Nothing to buy: the plan renews by itself each month. You only check that it will.
wizard-third-party-warning = Check the seller's reputation before you pay: read recent reviews, and prefer sellers the provider lists. Give them only the details the renewal needs; your personal data could leak.
wizard-provider-site = Provider's website:

## Wizard: step 4, prepare the payment
wizard-prepare-online = Have a payment method that works for payments from abroad: a credit or debit card, PayPal, or — where the provider accepts them — Alipay, WeChat Pay or UnionPay. Foreign cards are sometimes refused (3-D Secure, the bank blocks it, billing address, Japan-issued cards only), so have a second way ready.
wizard-prepare-third-party = Have a payment method the seller accepts and that works from abroad. Prefer one with buyer protection: PayPal, a credit card, or Alipay or WeChat Pay on a platform you know.
wizard-prepare-store = Bring cash in yen: many shops take cash only. Bring your passport and the card or phone too.
wizard-prepare-automatic = Open the provider's app or account and check two things.
wizard-international-ok = This payment method works for payments abroad
wizard-auto-renew-on = Auto-renew is switched on
wizard-card-on-file = The payment card on file is still valid (not expired, not blocked)

## Wizard: step 5, choose the plan
wizard-plan = Choose the plan: per day, per month, or an extra data pack. Read its terms before you pay.
wizard-plan-wifi = Ask the rental company to extend the rental before the deadline below. Compare the extension fee with the late-return fee.
wizard-extension-fee = Extension fee per day
wizard-extension-days = Days to extend
wizard-extension-cheaper = Extending { $days } days costs { $extend }; returning { $days } days late would cost { $late }. Extending is cheaper.
wizard-late-cheaper = Extending { $days } days costs { $extend }; returning { $days } days late would cost { $late }. Check the company's terms: a router kept too long is treated as lost.
wizard-deadline = Ask for the extension by { $deadline } ({ $hours } hours before the return).
wizard-deadline-passed = The request deadline ({ $deadline }, { $hours } hours before the return) has passed. Call the rental company now and ask if they can still extend.
wizard-addon-warning = Some extra data packs start only after the main plan is used up, and do not extend the validity.
wizard-terms = Check these terms before you pay
wizard-term-cap = Is there a daily data cap, and how slow is it after the cap?
wizard-term-roaming = Are there roaming fees outside Japan?
wizard-term-start = When does the validity start: at purchase, at activation, or when the current plan ends?
wizard-term-day-end = In which time zone does a day end: Japan time, UTC+8, UTC, or 24 hours after activation?
wizard-term-refund = Is unused data refunded?
wizard-terms-understood = I understand the plan's terms
wizard-refund-known = I know the refund policy

## Wizard: step 6, details
wizard-details-online = Enter these details on the provider's page, and check each one against the card before you submit.
wizard-details-third-party = Enter these details on the seller's page, and check each one against the card before you submit.
wizard-details-store = Show these details to the shop staff, and check what they enter before you pay.
wizard-plan-chosen = Plan
wizard-details-checked = I checked every detail against the card

## Wizard: step 7, pay
wizard-pay-online = Pay on the provider's website or app. If it asks for a verification code, it comes by SMS or e-mail.
wizard-pay-third-party = Pay on the seller's page. Keep the confirmation page open until you have the order number.
wizard-pay-store = Pay at the counter and ask for a receipt.
field-amount = Amount paid
field-order-number = Order number
wizard-pay-order-hint = The order number is on the confirmation page, the e-mail or the shop receipt. Support asks for it if anything goes wrong.

## Wizard: step 8, confirm
wizard-confirm = Check that the provider's app or account shows the new validity (and data). Enter what it shows.
wizard-confirm-wifi = Check that the rental company confirmed the extension (by e-mail or on its website). Enter the new return date.
wizard-new-validity-date = New validity end (date)
wizard-new-return-date = New return by (date)
wizard-new-time = New end (time)
wizard-new-remaining = Data now

## Wizard: step 9, keep the proof
wizard-keep-proof = Keep the proof: the order number, the payment receipt and the confirmation e-mail. Kōshin keeps the receipt when you record the renewal.
wizard-keep-proof-files = Keep the confirmation e-mail and take a screenshot of the confirmation page.

## Wizard: summary
wizard-summary-intro = Check what will be recorded. Nothing is changed until you press Record renewal.
wizard-summary-open = { $count ->
    [one] One precaution is still open; see the checklist.
   *[other] { $count } precautions are still open; see the checklist.
}
wizard-summary-incomplete = Some steps are not finished yet.
wizard-summary-record-hint = Recording updates the card's validity and data, adds the receipt, and notes the renewal in the card's history.
summary-card = Card
summary-channel = Renewed
summary-validity = Validity
summary-validity-change = from { $old } to { $new }
summary-data = Data
summary-plan = Plan
summary-amount = Amount
summary-order = Order number

## Wizard: when it didn't work
recovery-network-title = Change the network
recovery-support-title = Contact support
recovery-support = Contact the provider's support and have the card's numbers ready.
recovery-no-support = No support contact saved for this card
recovery-no-order = none yet
recovery-note-title = What happened
recovery-note = Note for the history
wizard-retry = Try the same way again
wizard-record-failure = Record the attempt and stop

## Checklist
checklist-title = Precaution checklist
checklist-hint = The precautions of each card, for the way it is usually renewed. Kōshin checks some itself; tick the others during the renewal.
checklist-none = No cards yet. Add one, and its precautions appear here.
checklist-for = { $label } · { $channel }
checklist-all-done = All precautions done.
checklist-open = { $count ->
    [one] One precaution open.
   *[other] { $count } precautions open.
}
precaution-renew-early = Renew early: a day before the data runs out, days before the validity ends
precaution-identifiers-valid = The numbers entered are correct
precaution-check-details = Check every detail before submitting
precaution-keep-proof = Keep the proof: order number, receipt, confirmation e-mail
precaution-understand-terms = Understand the plan's terms: daily cap, roaming fees, when validity starts
precaution-refund-policy = Know the refund policy
precaution-reputation = Check the seller's reputation
precaution-bring-cash = Bring enough cash in yen to the shop
precaution-roaming-off = Turn off data roaming on your home SIM
precaution-keep-esim = Don't delete the eSIM: you may want to top it up
precaution-extension-notice = Ask for the extension before the company's deadline
judge-validity-unknown = The validity end is not known.
judge-id-missing = The { $field } is missing.
judge-id-warning = Check the { $field }: it looks wrong.
judge-proof-kept = Order number { $order }.
judge-proof-missing = No order number was noted.
judge-proof-later = Noted when you pay.
judge-return-unknown = The return date is not known.
judge-notice-ok = Ask by { $deadline }.
judge-notice-passed = The deadline ({ $deadline }) has passed.

## Moments and durations
format-date = { $year }-{ $month }-{ $day }
format-date-weekday = { $weekday } { $date }
format-moment = { $date } { $time } { $zone }
format-deadline = { $date } { $time } { $zone }
format-weekday-1 = Mon
format-weekday-2 = Tue
format-weekday-3 = Wed
format-weekday-4 = Thu
format-weekday-5 = Fri
format-weekday-6 = Sat
format-weekday-7 = Sun
zone-japan = Japan time
deadline-both = { $provider } — { $local } your time
countdown-in = in { $span }
span-days-hours = { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
span-hours-minutes = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
span-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}

## Reminders (calendar export)
ics-calendar-name = Kōshin reminders
ics-renew-by = Renew { $label }
ics-extension-request = Ask to extend { $label }
ics-return-by = Return { $label }
ics-when = Deadline: { $moment }
ics-validity-end = Validity ends { $moment }
ics-alarm = { $summary } in { $days ->
    [one] 1 day
   *[other] { $days } days
}

## Why the renewal date
reason-validity = { $days ->
    [one] 1 day
   *[other] { $days } days
 } before it ends — your lead time in Settings.
reason-data = Data runs out about { $moment } at your present use; renew a day before.
reason-return = { $days ->
    [one] 1 day
   *[other] { $days } days
 } before the router goes back — your lead time in Settings.
reason-notice = The rental company wants extension requests { $hours } hours before the return.
cli-lines = { $text }
cli-unknown-lang = "{ $lang }" is not a language Kōshin speaks. Use en, zh-Hans, zh-Hant or ja.
cli-due-none = Nothing to renew in the next { $days } days.
cli-due-line = { $urgency }: { $label } ({ $owner }, { $kind }) — renew by { $renew_by }, { $countdown }
cli-ics-written = Wrote the reminders to { $path }.
cli-json-failed = Could not write JSON: { $detail }
urgency-soon = Renew soon
urgency-fine = Fine
urgency-unknown = No dates

## Overview
overview-title = What to renew, and when
overview-now = Now: { $moment }
overview-empty = Add the SIM, eSIM or pocket WiFi you use in Japan, and Kōshin says when to renew it, walks you through the renewal and keeps the receipts.
overview-export-reminders = Export reminders…
overview-export-reminders-hint = Save the deadlines as a calendar file (.ics) with reminders, to import into your phone's calendar.
overview-no-dates = No validity end or data readings yet: add them on the Cards screen.
overview-validity = Valid until { $deadline }
overview-return = Return by { $deadline } at { $place }
overview-extension = Ask to extend by { $deadline }
overview-continue = Continue renewing { $label }
overview-show-data = Show data of { $label }
overview-data-of = { $left } left of { $allowance }
overview-data-left = { $left } left
overview-low-data = ⚠ Low on data
overview-run-out = About { $per_day } a day: runs out { $moment } at this rate.
overview-no-use = No data used since the last readings.
overview-data-title = Data of { $label }
overview-add-reading-title = Add a reading
overview-add-reading-hint = Look up the data left in the provider's app or on the router, and enter it here. Two readings or more give the rate of use.
overview-reading = Data left now
overview-add-reading = Add reading
overview-readings = Latest readings
overview-chart-needs-readings = The chart shows the rate of use once there are two readings or more.
chart-readings = Readings
chart-projection = Projection
chart-validity-end = Validity ends
chart-now = Now
chart-gb = GB

## Attachments
attach-too-large = { $name } is { $size_mb } MB; attachments can be at most { $max_mb } MB. Save a smaller copy (a screenshot or a PDF of the confirmation) and attach that.
attach-unreadable = Could not read { $path }: { $detail }
attach-not-a-file = it is a folder, not a file

## CSV
csv-write-failed = Could not write the CSV: { $detail }
csv-row-error = Line { $line }: { $problem }
csv-unreadable = the file can't be read as CSV ({ $detail }).
csv-column-count = has { $found } columns; there must be { $expected }.
csv-bad-header = the first line must be the header { $header }
csv-bad-date = "{ $text }" is not a date like 2026-11-22.
csv-bad-channel = "{ $text }" is not a channel; use online, store, third-party or automatic.
csv-bad-moment = "{ $text }" is not a date and time with an offset, like 2026-11-30T23:59:00+09:00.
csv-imported = Imported { $count ->
    [one] 1 receipt
   *[other] { $count } receipts
}; { $duplicates } already in the archive.
csv-import-failed = Nothing was imported: fix these lines and try again.
csv-exported = Wrote { $count ->
    [one] 1 receipt
   *[other] { $count } receipts
} to { $path }.
receipts-col-date = Date
receipts-col-card = Card
receipts-col-provider = Provider
receipts-col-plan = Plan
receipts-col-channel = Channel
receipts-col-amount = Amount
receipts-col-order = Order number
receipts-col-validity = Valid until

## Receipts screen
receipts-title = Receipt archive
receipts-add = Add receipt
receipts-import = Import CSV…
receipts-export = Export CSV…
receipts-search = Search
receipts-search-hint = Order number, provider, note…
receipts-filter-card = Card
receipts-filter-year = Year
receipts-filter-currency = Currency
receipts-all-cards = All cards
receipts-unlinked = Cards no longer in the archive
receipts-all-years = All years
receipts-all-currencies = All currencies
receipts-shown = { $count ->
    [one] 1 receipt
   *[other] { $count } receipts
} shown: { $totals }
receipts-shown-none = No receipts match.
receipts-chart = Spending per month
receipts-chart-amount = Amount
receipts-empty = No receipts yet. Each renewal recorded with the wizard adds one; add older ones by hand or import a CSV file.
receipts-col-files = Files
receipt-form-title-new = New receipt
receipt-form-title-edit = Edit receipt
receipt-form-add = Add receipt
receipt-form-save = Save receipt
receipt-form-delete = Delete receipt…
receipt-delete-title = Delete this receipt?
receipt-delete-body = The receipt is removed from the archive. Its attached files are removed too, unless another receipt uses them.
receipt-delete-confirm = Delete receipt
receipt-delete-keep = Keep receipt
receipt-field-date = Date of purchase
receipt-other-card = Another card (type its name)
receipt-field-card-name = Card name
receipt-field-from-date = Valid from (date)
receipt-field-from-time = Valid from (time)
receipt-field-until-date = Valid until (date)
receipt-field-until-time = Valid until (time)
receipt-need-amount = Enter the amount paid.
receipt-files = Confirmation files
receipt-files-hint = The confirmation PDF, a screenshot or the saved e-mail. Drop files onto the window, or attach them here; Kōshin keeps a copy beside the archive.
receipt-file-missing = ⚠ missing from the archive folder
receipt-file-open = Open
receipt-file-remove = Remove
receipt-attach = Attach file…
receipt-show-folder = Show in folder
receipt-file-gone = The attached file is missing from the archive folder. Attach it again if you still have it.
receipt-saved = Saved the receipt.
receipt-deleted = Deleted the receipt.

## Family guide
guide-title = How to renew { $label }
guide-intro = This guide walks you through renewing { $label }, one step at a time. Renew by { $deadline }. Take your time; if something does not work, go to "If it does not work".
guide-deadline-unknown = the date your provider shows
guide-the-provider = the provider
guide-valid-until = Valid until
guide-renew-by = Renew by
guide-steps-heading = Step by step
guide-failure-heading = If it does not work
guide-help-heading = Need help?
guide-help-support = Support of { $provider }
guide-help-helper = Your helper
guide-you-see = You see
guide-you-do = You do
guide-footer = Made with Kōshin. It never pays and never asks for your card number.
guide-payment-any = a card that works abroad, PayPal, Alipay or WeChat Pay
guide-check-title = Check what is left
guide-check-see = The { $provider } app or website shows the data left and the date the card stops.
guide-check-do = Compare it with this date: { $end }. If it ends within three days, renew now.
guide-connect-title = Stay connected
guide-connect-see = The WiFi or mobile data sign at the top of the phone.
guide-connect-do-esim = Connect to the hotel WiFi before you start. Do not delete the eSIM.
guide-connect-do-sim = Keep the SIM in the phone and stay in Japan until the renewal is done.
guide-open-title = Open the website
guide-open-see = The { $provider } website or app, with a button to top up or renew.
guide-open-do = Open this address on your phone or laptop and choose to top up or renew.
guide-shop-title = Go to the shop
guide-shop-see = A shop of the carrier, with staff at a counter.
guide-shop-do = Take your passport, the phone with the SIM, and cash in yen. Show the staff this sentence in Japanese:
guide-shop-phrase = このSIMカードの更新（チャージ）をお願いします。
guide-seller-title = Open the seller's page
guide-seller-see = The page of the seller you used before.
guide-seller-do = Use only the seller you know. If the page looks different or asks for unusual details, stop and call your helper.
guide-plan-title = Choose the plan
guide-plan-see = A list of plans or data packs with prices.
guide-plan-do = Choose { $plan }. It costs about { $price }.
guide-number-title = Enter the number
guide-number-see = A box asking for the { $field }.
guide-number-do = Type this number and check each digit before you continue:
guide-number-do-shop = Show this number to the staff and check what they type:
guide-pay-title = Pay
guide-pay-see = A payment page, sometimes with a code sent by SMS or e-mail.
guide-pay-see-shop = The staff tell you the price.
guide-pay-do = Pay with { $payment }. If the payment is refused, go to "If it does not work".
guide-confirm-title = Check it worked
guide-confirm-see = A confirmation page, and an e-mail from the provider.
guide-confirm-do = Open the app again and check that the date and the data have changed.
guide-proof-title = Keep the proof
guide-proof-see = The confirmation page with an order number.
guide-proof-do = Take a screenshot of it and keep the e-mail. Send the order number to { $helper }.
guide-auto-title = Check the automatic renewal
guide-auto-see = In the app or account: the auto-renew switch and the payment card on file.
guide-auto-do = Make sure auto-renew is on and the card on file has not expired. You do not need to buy anything.
guide-router-check-title = Check the return date
guide-router-check-see = The booking e-mail from the rental company.
guide-router-check-do = The router must be back by { $return_by } at { $place }. To keep it longer, ask for an extension first.
guide-router-ask-title = Ask for the extension
guide-router-ask-see = The rental company's website, e-mail or phone number.
guide-router-ask-do = Ask to extend the rental before { $deadline }. Late requests may be refused.
guide-router-pay-do = Pay the extension: { $fee } a day. Returning late costs { $late } a day, so extending is usually cheaper.
guide-router-confirm-title = Check the new return date
guide-router-confirm-see = An e-mail from the rental company confirming the extension.
guide-router-confirm-do = Check the new return date in the e-mail.
guide-router-care-title = Keep the router ready
guide-router-care-see = The battery level on the router.
guide-router-care-do = Charge it every night, keep the charger with it, and return both by the new date.
guide-fail-support-title = Ask for help
guide-fail-support-see = It still does not work.
guide-fail-support-do = Call the provider's support or your helper. Have the order number and the card's number ready.
guide-mode-title = Family guide
guide-mode-hint = Choose a card. The guide shows one step at a time in large print, with the card's own details, and can be saved as a file to send.
guide-mode-open = Guide for { $label }
guide-mode-step = Step { $n } of { $count }
guide-mode-back = Back
guide-mode-next = Next step
guide-mode-done = Finish
guide-mode-choose = Choose another card
guide-mode-facts = About this card
guide-export-html = Export guide as HTML…
guide-export-md = Export guide as Markdown…
guide-exported = Wrote the guide to { $path }.
guide-mode-end = That's all. The renewal is done when the app shows the new date.

## Shared cards
card-file-too-large = This file is too large to be a shared card. Nothing was imported.
card-file-not-text = This file is not a shared card (it is not text). Nothing was imported.
card-file-damaged = This card file is damaged at line { $line }, column { $column } ({ $detail }). Nothing was imported.
card-file-not-a-card = This file is not a shared Kōshin card. Nothing was imported.
card-file-newer = This card was shared by a newer version of Kōshin (format { $version }). Update Kōshin to import it.
card-file-refused = This card can't be imported: { $problem }
card-imported = Imported the card as { $label }.
card-exported = Wrote { $label } to { $path }.
card-export = Export card…
card-export-without-ids = Export without numbers…
card-import = Import card…
cli-card-not-found = No card is called "{ $label }". The cards are: { $labels }

## The sample household (koshin demo)
demo-mum = Mum
demo-dad = Dad
demo-helper = Lin (daughter)
demo-esim-label = Mum's eSIM
demo-esim-support = support@sora-esim.example, chat in the app
demo-esim-payment = Visa of Lin
demo-esim-notes = Top up in the Sora app; never delete the eSIM to reinstall it.
demo-sim-label = Dad's SIM
demo-sim-support = 0120-000-000 (English, Chinese), 9:00–21:00
demo-sim-payment = Cash (yen)
demo-sim-notes = The shop near the hotel takes cash only.
demo-router-label = Family pocket WiFi
demo-router-return-place = Kansai Airport Terminal 1, Tabi counter
demo-router-notes = The router and its charger go back in the prepaid envelope.
card-gone = That card is no longer in the archive.
csv-more-errors = … and { $count } more { $count ->
    [one] problem
   *[other] problems
 }.
date-picker-open = Pick a date
date-picker-previous = Previous month
date-picker-next = Next month
date-picker-today = Today
dialog-unavailable = No file dialog can be shown on this desktop. Drop the file on Kōshin's window instead.
field-date-hint = YYYY-MM-DD
filter-calendar = Calendar (iCalendar)
filter-card = Kōshin card
filter-csv = CSV table
filter-html = Web page (HTML)
filter-markdown = Markdown text
filter-proof = PDF, images, e-mail
format-month-title = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
 } { $year }
ics-alarms-dropped = Apple Calendar keeps the reminders of this file; Google Calendar and Outlook drop them when they import it.
ics-bad-moment = The calendar was not written: a date is out of range ({ $moment }).
receipt-form-cannot-save = This receipt can't be saved yet:
zone-tokyo = Japan (Tokyo)
zone-shanghai = China (Shanghai)
zone-hong-kong = Hong Kong
zone-taipei = Taiwan (Taipei)
zone-seoul = Korea (Seoul)
zone-singapore = Singapore
zone-utc = Coordinated Universal Time
zone-london = UK (London)
zone-berlin = Germany (Berlin)
zone-los-angeles = US Pacific (Los Angeles)
zone-new-york = US Eastern (New York)
zone-sydney = Australia (Sydney)
urgency-stopped = Stopped working
urgency-renew-now = Renew now
countdown-ago = { $span } ago
plan-renew-by = Renew by { $deadline } ({ $countdown })
plan-renew-now = Renew today: it still works until { $deadline } ({ $countdown }).
plan-stopped-ended = It stopped working { $deadline } ({ $countdown }).
plan-stopped-data-read = Its data is used up: it no longer works.
plan-stopped-data-projected = Its data ran out about { $deadline } at the recorded rate of use ({ $countdown }). Add a reading if some is left.
plan-no-dates = Nothing to plan from yet.
stopped-esim-ended = An expired eSIM often cannot be topped up. Buy a new eSIM and install it while you are on WiFi, and don't delete the old one first.
stopped-esim-data = Buy a data pack (top-up) in the provider's app, over WiFi.
stopped-sim-ended = Some carriers still allow a top-up for a short time after the end, often only inside Japan and only over the SIM's own network (not WiFi). Ask the carrier or a shop.
stopped-sim-data = Buy a data pack (top-up). If the carrier's page does not open without data, use WiFi or a shop.
stopped-wifi = Return the router by { $deadline } at { $place }. Every late day costs { $fee } a day.
stopped-wifi-no-date = Return the router as agreed with the rental company; late days cost extra.
overview-empty-title = Welcome to Kōshin
overview-add-first = Add your first card
overview-try-sample = Try the sample household
overview-try-sample-hint = The sample household opens in a throwaway copy: your own archive is not touched.
overview-export-needs-cards = Add a card first: the reminders are its deadlines.
sample-opened = This is the sample household. Change anything: it is a throwaway copy. "Back to my archive" in the menu closes it.
nav-leave-sample = Back to my archive
wizard-try-another-way = Try again another way
renewal-failure-try-again = Noted the failed attempt for { $label } in its history. Choose another way to pay and try again.
history-title = History
history-empty = No renewals recorded yet. Renewing through Kōshin notes each one here.
history-renewed = Renewed
history-failed = Failed attempt
history-valid-until = Valid until { $moment }
history-note = Note
history-receipt = Receipt
history-show-receipt = Show receipt
history-show-all = Show all { $count }
guide-fail-no-contacts = Call the family member who set up this card for you.
guide-mode-failure-end = Stop here: nothing is lost, and nothing is paid twice. Call one of them and read them the card's number:
guide-mode-no-cards = No cards yet. Add one on the Cards screen first.
guide-mode-continue = Continue at step { $n }
money-comma = "{ $text }": a comma only separates thousands (1,250). For a decimal, write a dot: 12.50.
csv-read-as = The file was read as { $encoding } text.
csv-order-like-card = the order number { $order } looks like a payment card number. It was kept as the order number; check it is one.
order-looks-like-card = This order number looks like a payment card number (ending in { $last_four }). If it is the provider's order number, tick below; Kōshin never keeps card numbers.
order-is-not-card = It is the order number, not a payment card
wizard-rental-end-time = Rental ends (time)
format-date-short = { $year }-{ $month }-{ $day }
save-as-title = Save to
save-as-body = No file dialog can be shown on this desktop. Type where to save the file.
save-as-path = File
save-as-need-name = Type a file name.
save-as-no-folder = The folder { $folder } does not exist.
save-as-save = Save here
save-as-cancel = Don't save
remind-renew-by = Renew { $label }
remind-extension-request = Ask to extend { $label }
remind-return-by = Return { $label }
remind-data-runs-out = { $label }: the data runs out within a day
remind-due = Due { $deadline } ({ $countdown }).
remind-was-due = It was due { $deadline } ({ $countdown }).
remind-provider = Provider: { $provider }
remind-state-damaged = The reminders' record was damaged ({ $detail }); it was set aside as { $path } and reminders start afresh.
remind-no-service = No desktop notification service answered ({ $detail }). The reminders were not marked as sent.
remind-nothing-due = No reminder is due now.
remind-test-summary = Kōshin can reach you
remind-test-body = This is a test. Reminders to renew your data card will look like this.
remind-test-sent = Sent a test notification. If you did not see it, your desktop does not show notifications.
remind-last-run-unreadable = The reminders' record cannot be read; the next run sets it aside.
remind-never-ran = Reminders have not run yet.
remind-by-command = by the scheduled job
remind-by-app = by the open app
remind-last-run = Last run: { $moment }, { $by }.
remind-last-run-nothing = Nothing was due.
remind-last-run-sent = Sent: { $summary }
remind-last-run-error = It could not send: { $detail }
remind-no-home = Your home folder is not known, so the reminders cannot be set up.
remind-no-binary = Kōshin cannot tell where its own program is ({ $detail }).
remind-installed-systemd = Reminders are on: a systemd timer runs every hour, and after a missed hour at the next start ({ $path }).
remind-installed-autostart = Reminders are on: Kōshin checks at login and every quarter hour after ({ $path }).
remind-no-systemd = No systemd user session answered ({ $detail }). Where systemd runs, turn on the hourly timer with: systemctl --user daemon-reload && systemctl --user enable --now { $timer }
remind-install-failed = The reminders could not be set up: { $detail }
remind-installed-launchd = Reminders are on: a LaunchAgent runs every hour ({ $path }).
remind-installed-task = Reminders are on: the scheduled task { $task } runs every hour.
remind-uninstall-failed = The reminders could not be removed: { $detail }
remind-uninstalled = Reminders while Kōshin is closed are off.
remind-was-not-installed = Reminders while Kōshin is closed were not set up.
remind-removed-file = Removed { $path }
remind-status-not-installed = Not set up: you are reminded only while Kōshin is open.
remind-status-systemd = On: a systemd timer runs every hour ({ $path }).
remind-status-systemd-disabled = Written but not enabled ({ $path }). Turn it on with: systemctl --user enable --now { $timer }
remind-status-autostart = On: Kōshin checks at login and every quarter hour after ({ $path }).
remind-status-launchd = On: a LaunchAgent runs every hour ({ $path }).
remind-status-task = On: the scheduled task { $task } runs every hour.
cli-help-remind = Send a desktop notification for each reminder that has come due and was not sent yet (only reminders.ron is written). Exit 1 when no notification service answers
cli-help-remind-keep-running = Keep running and check every quarter hour (for a login autostart entry)
cli-help-remind-install = Run `koshin remind` every hour while the app is closed (a systemd user timer, an autostart entry, a LaunchAgent or a scheduled task)
cli-help-remind-uninstall = Remove what install set up
cli-help-remind-status = Say whether reminders are set up, when they last ran and what they sent
cli-help-remind-test = Send a test notification
settings-reminders = Reminders when Kōshin is closed
settings-reminders-hint = A desktop notification three days and one day before each deadline (the days above) and at the deadline itself, once each, even when Kōshin is closed. After the computer was off, one catch-up per card.
settings-reminders-closed = Remind me when Kōshin is closed
settings-reminders-temporary = Not for a temporary copy: open your own archive to set up reminders.
settings-reminders-test = Send a test notification
record-card = Card
record-receipt = Receipt
record-renewal = Renewal in progress
record-settings = Settings
merge-added = { $kind } added from the other copy: { $name }
merge-replaced = { $kind } { $name }: the newer edit from the other copy replaced this one (the older version is in the backups folder)
merge-removed = { $kind } { $name }: deleted on the other copy
merge-summary = Merged { $path }: { $added } added, { $replaced } replaced by a newer edit, { $removed } deleted.
merge-nothing-new = Nothing new in { $path }: this archive already holds all of it.
merge-refused = { $path } cannot be merged, and nothing was changed. { $detail }
archive-merged-on-save = Another device changed the archive while it was open here; the changes from both are kept (saved at { $time }).
archive-reloaded = Updated from another device at { $time }.
archive-changed-unreadable = The archive changed on disk but cannot be read yet (a sync may still be running); what is open here is kept. { $detail }
archive-set-aside = The archive on disk had changed and could not be read; it is kept as { $path }, and these changes were saved in its place.
archive-open-elsewhere = Open on { $host } since { $since }. You can keep working: the changes from both computers are merged when saved.
conflict-copies-hint = Two devices changed the archive at the same time. Merge each copy to keep what both did; the copy then moves to the backups folder.
conflict-copy-merge = Merge
conflict-copy-shelve = Move to backups
conflict-copy-shelved = The copy was moved to { $path }.
cli-check-conflict-copies = Conflict copies beside the archive: { $count }. Merge each with: koshin merge FILE
cli-check-conflict-copy = { $path }
cli-help-merge = Merge another copy of the archive (a conflict copy, a USB stick, a backup) into this one
cli-help-merge-file = The other copy's .ron file
mail-not-mail = { $path } is not a saved e-mail: Kōshin reads .eml, .html and .txt files.
mail-unreadable = { $path } cannot be read as an e-mail.
mail-found-line = { $field }: { $value }
mail-field-provider = Provider
mail-field-order = Order number
mail-field-amount = Amount
mail-field-date = Date
mail-field-valid-until = Valid until
mail-field-plan = Plan
mail-field-iccid = ICCID
mail-field-activation-code = eSIM activation code
mail-yen-or-yuan = The e-mail writes ¥ and nothing says whether it means yen or yuan: choose the currency.
mail-no-amount = No amount found in { $path }: give it with --amount and --currency.
mail-no-currency = The currency of the amount in { $path } is not clear: give it with --currency.
mail-receipt-added = Receipt of { $amount } added to { $card }, with the e-mail attached.
mail-receipt-refused = The receipt from { $path } cannot be saved:
mail-read = Read from { $path }:
mail-form-read = Read from { $path }: check the marked fields, then save.
mail-form-check = The fields marked below were read from the e-mail. Check each against it before saving.
mail-read-from = Read from the e-mail: check it
receipts-from-mail = Add receipt from e-mail…
filter-mail = E-mails
cli-help-read = Read a confirmation e-mail and print what it says (provider, order number, amount, dates, plan, ICCID, activation code); changes nothing
cli-help-read-file = The e-mail (.eml, .html or .txt)
cli-help-import-receipt = Add one receipt from a confirmation e-mail, with the e-mail attached
cli-help-import-receipt-file = The e-mail (.eml, .html or .txt)
cli-help-import-receipt-card = The card it is for (its label)
cli-help-import-receipt-amount = The amount, when the e-mail gives none
cli-help-import-receipt-currency = The currency (ISO 4217, such as JPY or CNY), when the e-mail gives none or leaves ¥ open
card-esim-code = Activation code (QR)
card-esim-code-hint = LPA:1$… from the provider's QR code. Until the eSIM is installed it is a secret: whoever scans it first gets the eSIM.
card-esim-installed = Installed on the phone (the code is spent)
card-esim-show-qr = Show QR code…
card-esim-read-image = Read from image…
qr-title = eSIM activation QR code
qr-secret = Anyone who can see this screen can scan the code, and whoever scans it first gets the eSIM. Show it only to the phone it is for.
qr-wifi = Install it over WiFi or a working connection: the eSIM is downloaded when the phone scans the code.
qr-show = Show the code
qr-close = Close
qr-scan = On the phone: Settings > Mobile data > Add eSIM > Use QR code, then point the camera at this code.
qr-hides = Hidden in { $seconds } s.
qr-too-long = This code is too long for a QR code.
qr-read-into-form = Read the activation code from { $path } into the form: check it, then save.
qr-read-no-form = { $path } holds the activation code { $code }. Open the eSIM's card to keep it.
qr-none = No QR code found in { $path }. Try a sharper screenshot, or type the code.
qr-not-esim = The QR code in { $path } is not an eSIM activation code (LPA:1$…).
lpa-prefix = An activation code starts with LPA:1$
lpa-address = The part after LPA:1$ must be the provider's server address (like rsp.example.com).
lpa-matching-id = The matching ID (after the second $) may hold only letters, digits and dashes.
lpa-oid = The part after the third $ must be digits and dots.
lpa-trailing = Something follows the code that an activation code does not have.
filter-image = Images
cli-help-qr = eSIM activation QR codes
cli-help-qr-read = Print the code in the QR code of an image (a screenshot, the e-mail's picture)
cli-help-qr-read-image = The image (PNG or JPEG)
cli-help-export-card-with-code = Include the eSIM's activation code (a secret until it is installed)
wizard-install-esim = Install the new eSIM
wizard-install-esim-spent = The eSIM kept on this card is marked as installed: its code is spent. Use the new code from the provider's e-mail.
wizard-install-esim-no-code = When the provider's e-mail with the QR code arrives, read it with "Add receipt from e-mail…" or keep its code on the card (Cards, this eSIM, Activation code); the QR code then shows here.
esim-code-kept = The e-mail's eSIM activation code is now kept on { $label } (Cards, Activation code).
guide-install-title = Install the new eSIM
guide-install-see = On the phone: Settings > Mobile data > Add eSIM > Use QR code. The phone must be on WiFi or have data.
guide-install-do = Press "Show QR code…" in Kōshin and point the phone's camera at the code. Keep the old eSIM until the new one works.
chart-title-data = Chart of the data left: readings and projection
cli-help-open-file = A shared card file (.koshin-card.ron) to offer to import when the app opens
open-card-title = Import this card?
open-card-body = Kōshin was opened with { $file }. Add the card it holds as a new card? A card with the same name keeps its own; the new one is renamed.
open-card-import = Import card
open-card-keep = Not now
cli-archive-in-use = Kōshin has this archive open on this computer, and only one program may change it at a time. Nothing was changed. Close Kōshin (or wait for the other command to finish), then run this again.
cli-archive-unwritable = The archive's folder can't be written, so nothing was changed. { $detail }
cli-archive-newer = This archive was written by a newer version of Kōshin (schema { $version }), so nothing was changed. Update Kōshin to change it.
cli-save-failed = Nothing was saved: { $detail } The archive on disk is as it was; run the command again once the problem is fixed.
archive-kept-unmerged = Another device's copy of the archive arrived while saving and could not be merged yet; it is kept beside the archive as { $path }. Merge it when Kōshin offers it, or with: koshin merge FILE
archive-backup-failed = The archive was saved, but the backup of its previous version could not be kept: { $detail }
merge-card-file = { $path } is a shared card, not an archive, and nothing was changed. Import it with: koshin import card FILE
cli-no-such-folder = No folder { $path }. Create it first, or check the path.
watch-unavailable = Changes made on other devices will be noticed only when Kōshin starts.
cli-read-without-archive = The archive could not be read, so the sender is named from the e-mail alone: { $detail }
csv-unknown-column = Kōshin does not know the column "{ $name }". Its columns are: { $known }.
csv-column-twice = the column "{ $name }" appears twice.
csv-column-missing = the column "{ $name }" is missing; a receipt needs it.
recovery-before-title = If the page won't load, or refuses the card's numbers
recovery-before-see = A page that doesn't load, an error message, or the numbers not accepted. Nothing has been paid.
recovery-before-intro = Nothing has been paid yet. Try these in order.
recovery-paying-title = If the payment is refused
recovery-paying-see = "Payment declined", "card not accepted", or a code from your bank that never came.
recovery-paying-intro = First make sure nothing was charged. Then try these in order.
recovery-after-title = If you paid but the card still has no data
recovery-after-see = An order number or a charge from your bank, but no new data or validity.
recovery-after-intro = The payment has most likely gone through: a renewal often takes a few minutes. Don't pay again until the provider's support says the payment failed.
recovery-auto-title = If the automatic renewal did not happen
recovery-auto-see = The old plan ended, but no new data or validity came.
recovery-auto-intro = An automatic renewal can come a little after the old plan ends. Check these before buying anything.
recovery-network-sim = Some top-ups work only over the SIM's own mobile data: turn WiFi off and try again on the SIM's data. If the SIM has no data left, try the hotel WiFi.
recovery-network-esim = Switch between the hotel WiFi and mobile data, then load the page again.
recovery-network-wifi = Connect to a network other than the rental router (the hotel WiFi, or the phone's own data), then load the page again.
recovery-numbers-title = Check the numbers you entered
recovery-numbers-sim = Compare the phone number and the ICCID with the ones printed on the SIM card, digit by digit. Enter the phone number as it is written in Japan (070, 080, 090 …), without +81.
recovery-numbers-esim = Compare the ICCID with the one in the provider's app, and the EID with the one the phone shows (Settings › General › About, or dial *#06#).
recovery-numbers-wifi = Compare the rental number with the one in the rental company's confirmation e-mail.
recovery-ask-rental-title = Ask for the extension another way
recovery-ask-rental = Send the extension request by e-mail or phone instead. It must reach the company at least { $hours } hours before the return, or the late fee applies.
recovery-shop-title = Ask the staff
recovery-platform-title = Check the listing
recovery-platform = Make sure the product is for your kind of card and for Japan, then try again. If the platform still refuses, buy on the provider's own website.
recovery-charged-title = Check that nothing was charged
recovery-charged = Look for an SMS or app notice from your bank, and for a confirmation e-mail. If there is a charge or an order number, the payment went through: enter the order number above, and don't pay again.
recovery-pay-another-title = Try another way to pay
recovery-pay-another = Foreign cards are often refused. Try another card, or PayPal, Alipay, WeChat Pay or UnionPay if the provider takes them.
recovery-pay-another-shop = Shops often take only cash: pay in yen. Some also take UnionPay, Alipay or WeChat Pay.
recovery-bank-title = Ask your bank
recovery-bank = A bank can refuse a payment abroad, or its security code by SMS may not arrive while roaming. The bank's app can often allow the payment at once.
recovery-no-second-title = Don't pay again
recovery-no-second = A payment was made. Paying again would buy a second renewal; wait for support to say the payment failed.
recovery-no-second-order = Order { $order }: the provider has your payment. Paying again would buy a second renewal; wait for support to say the payment failed.
recovery-wait-title = Wait a few minutes, then restart
recovery-wait-phone = A renewal often takes a few minutes to reach the phone. Then restart the phone, or turn airplane mode on and off.
recovery-wait-wifi = An extension is often confirmed by e-mail within the hour. Turn the router off and on.
recovery-settings-title = Check the phone's settings
recovery-settings-wifi-title = Check the new return date
recovery-settings-sim = Check that mobile data is on for this SIM and that its APN is set as the provider says.
recovery-settings-esim = Check that the eSIM line is turned on and chosen for mobile data, and that data roaming is allowed for it.
recovery-settings-wifi = Look for the new return date in the rental company's confirmation. Until it comes, return the router by the old date.
recovery-proof-title = Look for the confirmation
recovery-proof = Look for the confirmation e-mail (also in spam), and check the data or validity in the provider's app or website.
recovery-auto-check-title = Check auto-renew
recovery-auto-check = On the provider's website or app, check that auto-renew is on and that the card on file is still valid.
recovery-support-order = Contact the provider's support with the order number { $order } and the card's numbers ready.
wizard-check-again = Check again
recovery-order-if-any = Order number, if you got one
remind-no-service-app = Desktop notifications can't reach you on this computer right now, so Kōshin shows its reminders here instead.
notice-details = Details: { $detail }
notice-show-all = All notices ({ $count })
status-saved = All changes are saved.
status-saving = Saving…
status-read-only = Read-only: changes can't be saved now.
conflict-copies-strip = A sync tool left { $count ->
    [one] a copy of the archive
   *[other] { $count } copies of the archive
} beside it: { $name }
lpa-matching-id-missing = The matching ID is missing: the code goes on after the address with a second $ and the ID (LPA:1$rsp.example.com$ABC-123).
payment-card-refused-imei = { $field }: this looks like a payment card number (ending in { $last_four }). Kōshin never stores card numbers: keep only a name and the last four digits under Payment method. If it is the phone's IMEI, put it in the IMEI field.
csv-unknown-card = the card "{ $card }" is not in this archive.
csv-unknown-cards = { $count ->
    [one] 1 row names a card
   *[other] { $count } rows name cards
 } this archive does not have; nothing was imported.
csv-unknown-cards-title = Cards this archive does not have
csv-import-without-card = Import them without a card
csv-import-stop = Import nothing
csv-import-stopped = Nothing was imported. Add the cards first, or fix their names in the file, then import it again.
csv-imported-without-card = { $count ->
    [one] 1 receipt names a card
   *[other] { $count } receipts name cards
 } this archive does not have: kept without a card, with the name as written.
cli-allow-unknown-cards = Add the cards first, or run again with --allow-unknown-cards to keep these receipts without a card.
cli-help-allow-unknown-cards = Import rows that name a card this archive does not have, without a card (the name is kept)
judge-deadline = { $headline }
    { $reason }
judge-paid = Paid: what matters now is that the renewal shows up.
judge-renewed-until = Renewed: it now works until { $deadline }.
reason-data-first = The data runs out first: about { $moment } at your present use.
chart-readings-before = Before the last renewal
deadline-reader = { $provider } — { $local } in { $place }
guide-zone-japan-only = Japan time only
cli-help-guide-zone = The reader's time zone, such as Asia/Shanghai: every time is also given in it (default: the reader's, else Japan time alone)
recovery-after-title-wifi = If you paid but the new return date is not confirmed
recovery-after-see-wifi = An order number or a charge from your bank, but no confirmation of the extension.
recovery-shop-wifi = Show the staff the router, the rental papers and your passport: they can enter the numbers for you.
recovery-support-wifi = Contact the rental company and have the rental number ready.
recovery-support-order-wifi = Contact the rental company with the order number { $order } and the rental number ready.
pdf-too-large = { $name } is too large to read (over 16 MB).
pdf-timed-out = { $name } took too long to read and was left unread.
pdf-unreadable = { $name } could not be read as a PDF (it may be damaged).
pdf-no-text = { $name } has no text to read (it may be a scan or a picture).
pdf-no-helper = { $name } could not be read: Kōshin could not start its PDF reader.
mail-why-no-provider = nothing names the seller
mail-why-no-order = no order number is labelled
mail-why-no-total = no charged total is labelled, only prices, discounts or deposits
mail-why-no-amount = no amount is written
mail-why-no-currency = no currency mark stands beside the amount
mail-why-no-date = no date is written
mail-why-no-until = no validity end is written
mail-why-until-from-activation = the validity is counted from activation; no end date is written
mail-why-until-activate-by = only an activate-by date is written, which is not the validity end
mail-why-no-plan = no plan or product is labelled
mail-why-no-iccid = no ICCID is written; rentals and physical SIMs often leave it out
mail-why-no-code = no activation code is written as text
mail-found-missing = { $field }: — ({ $why })
mail-field-currency = Currency
mail-not-read = Not found in the confirmation: { $why }.
wizard-earlier-payment = An earlier attempt on { $date } stopped after paying (order { $order }). That payment may still go through: before you pay again, ask the provider, with that order number, whether it did — or whether it was refunded.
renewal-failure-recorded-order = Recorded the failed attempt for { $label }, with order { $order }. The card was not changed; its next renewal will remind you of this order before paying.
recovery-before-title-shop = If the shop cannot do the renewal
recovery-before-see-shop = The staff say the numbers are refused, or their system is down. Nothing has been paid.
recovery-shop-staff = Ask the staff to call the provider, or which other branch can do it. Keep the card and your passport with you.
record-person = Person
guide-pictures-order = Then one picture per step ({ $count } steps), and the pictures of “If it does not work”. Send the one that is needed.
guide-pictures-failure = If it does not work · { $count }
guide-pictures-code-warning = This picture holds the eSIM’s activation code: anyone who scans it can install the eSIM. Send it only to the person who installs it, and delete it afterwards.
guide-pictures-written = Wrote { $count } pictures to { $path }. Send them in the chat in the order of their names.
guide-pictures-no-step = This step has no picture.
person-name-needed = A person needs a name.
person-name-taken = { $name } is already in the household. Choose another name.
person-saved = Saved { $name }.
person-deleted = Removed { $name } from the household; their cards name nobody now.
filter-pictures = A folder of pictures
guide-picture-copied = The picture of this step is on the clipboard: paste it into the chat.
guide-picture-no-clipboard = The clipboard here takes no pictures ({ $detail }). Use “Send as pictures…” and send the file instead.
cli-help-guide-for = The person it is for, by name: the guide is in their language and gives every time in their time zone too (default: the card's user)
cli-help-guide-format = html, md or png (one picture per step, for WeChat or LINE; default: from the file's ending)
cli-help-guide-with-code = Put the eSIM's activation QR code in the pictures. Anyone who scans it can install the eSIM: send them only to the person who installs it
cli-no-such-person = No one called { $name } in the household. The household: { $people }.
cli-guide-no-code = This card has no activation code saved, so the pictures have none.
guide-send-for = For
guide-send-pictures = Send as pictures…
guide-copy-picture = Copy this step as a picture
household-title = Household
household-hint = The people who use or help with the cards. A guide sent to someone is written in their language, with every time also in their time zone.
household-lang-app = The app's language
household-zone-unknown = Not known (Japan time only)
household-edit = Edit
household-remove = Remove
household-add = Add a person
household-cards = { $count ->
    [0] no cards
    [one] 1 card
   *[other] { $count } cards
}
household-name = Name
household-lang = Reads
household-zone = Is in the time zone of
household-contact = Phone or messenger
household-save = Save
household-cancel = Cancel
guide-recovery-charged = Look for an SMS or app notice from your bank, and for a confirmation e-mail. If there is a charge or an order number, the payment went through: don't pay again, and send the order number to your helper.
record-trip = trip
record-rate = exchange rate
rate-source-card = Card statement
rate-source-alipay = Alipay bill
rate-source-wechat = WeChat Pay bill
rate-source-bank = Bank
rate-source-hand = Typed by hand
receipts-col-paid-by = Paid by
receipts-col-charged = Charged
receipts-col-trip = Trip
csv-unknown-trip = No trip is called { $name }: the receipt falls into trips by its card and date.
demo-trip = Japan, late autumn
trip-rate = 1 { $from } = { $rate } { $to } ({ $date }, { $source })
trip-line-head = { $name }: { $start } to { $end } · { $people }
trip-line-spent = { $count ->
    [one] 1 receipt
   *[other] { $count } receipts
}: { $totals }
trip-line-no-home = Choose your currency in Settings to see the total in it and who owes whom.
trip-line-home = In all: { $total }{ $rates ->
    [0] {""}
   *[other] , at { $list }
}{ $charged ->
    [0] {""}
    [one] ; 1 receipt by what was charged
   *[other] ; { $charged } receipts by what was charged
}.
trip-line-missing = Not in the total: { $count ->
    [one] 1 receipt
   *[other] { $count } receipts
} in { $currency } { $count ->
    [one] has
   *[other] have
} no rate. Type one in Settings.
trip-line-share = { $name }: paid { $paid }, share { $owes }
trip-line-no-payer = { $count ->
    [one] 1 receipt has
   *[other] { $count } receipts have
} no payer and { $count ->
    [one] is
   *[other] are
} left out of the shares.
trip-line-settled = Everyone has paid their share.
trip-line-owes = { $from } owes { $to } { $amount }
trip-none = No trips yet. Add one on the Trips screen.
cli-help-trips = List the trips: what data cost on each, per currency and in your currency at the rates you typed, and who owes whom
cli-help-trips-json = Print JSON instead of text, for scripts
nav-trips = Trips
trips-title = Trips
trips-hint = What data cost on each trip, in your currency at the rates you typed, and who owes whom. Receipts fall into a trip by their card and date.
trips-new = New trip
trips-open = Open { $name }
trips-back = All trips
trips-edit = Edit trip
trips-delete = Delete trip
trips-export-csv = Export as CSV…
trips-export-html = Export a page to print…
trips-cards = Cards
trips-receipts = Receipts
trips-renewals = Renewals on this trip
trips-no-renewals = No renewal was recorded during this trip.
trips-no-receipts = No receipts on this trip yet.
trips-form-hint = Dates are in Japan time. A receipt of one of these cards dated within the trip belongs to it; a receipt can also be moved to a trip on its form.
trips-name = Name
trips-start = First day
trips-end = Last day
trips-people = Who went
trips-save = Save trip
trips-cancel = Cancel
trip-need-name = A trip needs a name.
trip-end-before-start = The last day is before the first.
trip-name-taken = A trip is already called { $name }.
trip-saved = Saved the trip { $name }.
trip-deleted = Deleted the trip { $name }; its receipts are kept.
trip-exported = Wrote the trip's summary to { $path }.
rate-not-positive = A rate must be more than zero.
rate-same-currency = A rate converts one currency into another.
rate-saved = Saved the rate of { $from } in { $to }.
money-title = Money
money-hint = Your own currency, for what a trip cost in all. Rates are typed by you, from a card statement, an Alipay or WeChat Pay bill or a bank: Kōshin never goes online.
money-home = Your currency
money-home-none = None: totals stay per currency. Type a code such as CNY, TWD or MOP.
money-rate-remove = Remove
money-rate-one = One
money-rate-is = is this many { $home }
money-rate-date = on
money-rate-source = from
money-rate-add = Add the rate
receipt-field-charged = Charged
receipt-charged-hint = What your statement shows in another currency (the CNY of a JPY plan paid by Alipay): it beats any typed rate.
receipt-paid-by-nobody = Not said
receipt-shared-by = Shared by
receipt-shared-by-hint = None ticked: the usual. A rental is shared by everyone on the trip, a SIM or eSIM is paid for by its user.
receipt-trip-auto = By card and date
receipts-all-trips = All trips
receipts-filter-trip = Trip
trips-delete-ask = Delete the trip { $name }? Its receipts are kept.
trips-delete-confirm = Delete the trip
trips-delete-keep = Keep the trip
