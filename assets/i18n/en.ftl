# Kōshin — English. Every text a person reads comes from here.

## App and navigation
app-tagline = Keep your Japan data card alive
nav-cards = Cards
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
plan-per-day = Per day
plan-per-month = Per month
plan-data-pack = Extra data pack
plan-rental = Rental extension

## Cards screen
cards-title = Cards
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
field-payment-hint = A name for the payment method, such as "Dad's Visa" or "PayPal". Kōshin never stores a card number.
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
payment-card-refused = { $field }: this looks like a payment card number (ending in { $last_four }). Kōshin never stores card numbers: keep only a name and the last four digits under Payment method. If it is an IMEI, put it in the IMEI field.

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
input-bad-data = "{ $text }" is not an amount of data. Write it like 3 GB or 500 MB.
money-bad-amount = "{ $text }" is not an amount. Write it like 1500 or 12.50.
money-negative = An amount can't be negative.
money-unknown-currency = "{ $code }" is not a currency code. Use a code such as JPY, CNY or USD.

## Settings
settings-title = Settings
settings-archive = Where your archive lives
settings-archive-hint = Cards, receipts and settings are kept in this one file, with backups in the folder beside it.
settings-open-folder = Open folder
settings-data-dir-hint = To keep the archive elsewhere (a USB stick, a synced folder), start Kōshin with --data-dir FOLDER or set KOSHIN_DATA_DIR.
settings-theme = Appearance
theme-system = Like the system
theme-light = Light
theme-dark = Dark
open-folder-failed = Could not open { $path }: { $detail }

## The archive file
store-io = Could not read or write { $path }: { $detail }
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
