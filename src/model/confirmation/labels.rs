//! Every label the reader knows, in one table: what it names and how much it
//! is trusted. Sellers write the same thing many ways ("Total paid",
//! "実付金額", "お支払金額", "本次付款"); a label that names something
//! else ("Subtotal", "押金", "Activate by", "元のご注文番号") is in the table
//! too, so that the longest label wins and a line is never read as what it
//! is not.

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    /// The order's number; the weight ranks order numbers above receipt
    /// numbers, and an extension's own number above its booking's.
    Order(u8),
    /// A number that is not this order's (the original order of an
    /// extension, a tracking or a tax number).
    NotOrder,
    /// The order or purchase date.
    Date(u8),
    /// When the validity or the rental ends.
    Until(u8),
    /// A period ("A to B"): its end.
    Period(u8),
    /// A date that is not the validity end (activate by, pick-up, the old return).
    NotUntil,
    /// The plan or product.
    Plan(u8),
    /// What was charged.
    Total(u8),
    /// Money that is not what was charged: subtotals, unit prices, tax,
    /// shipping, discounts, deposits, late fees.
    NotTotal,
    /// The ICCID.
    Iccid,
    /// An eSIM's SM-DP+ address, written apart from its code.
    Smdp,
    /// An eSIM's activation code or matching ID.
    ActivationCode,
}

impl Tag {
    /// Whether `other` names the same kind of thing (a second-language label
    /// after the first: "Plan 方案:", "Total 總計:").
    pub(super) fn same_kind(self, other: Tag) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
            || matches!(
                (self, other),
                (
                    Tag::Until(_) | Tag::Period(_),
                    Tag::Until(_) | Tag::Period(_)
                )
            )
    }
}

use Tag::{ActivationCode, Iccid, NotOrder, Order, Plan, Smdp};

mod dates;
mod money;

/// The labels, matched at the start of a line (case aside, full-width
/// letters read as ASCII); the longest that fits wins. Dates and money have
/// their own tables.
pub(super) fn labels() -> impl Iterator<Item = &'static (&'static str, Tag)> {
    LABELS
        .iter()
        .chain(dates::DATE_LABELS)
        .chain(money::MONEY_LABELS)
}

/// The labels of order numbers, the plan and the eSIM's numbers.
const LABELS: &[(&str, Tag)] = &[
    // The order's number.
    ("order number", Order(100)),
    ("order no.", Order(100)),
    ("order no", Order(100)),
    ("order id", Order(100)),
    ("order ref", Order(100)),
    ("order reference", Order(100)),
    ("order #", Order(100)),
    ("order", Order(90)),
    ("booking number", Order(100)),
    ("booking no.", Order(100)),
    ("booking no", Order(100)),
    ("booking ref", Order(100)),
    ("booking reference", Order(100)),
    ("booking id", Order(100)),
    ("booking", Order(80)),
    ("reservation number", Order(100)),
    ("reservation no.", Order(100)),
    ("confirmation number", Order(90)),
    ("purchase no.", Order(100)),
    ("purchase number", Order(100)),
    ("purchase id", Order(100)),
    ("reservation code", Order(100)),
    ("reservation id", Order(100)),
    ("booking code", Order(100)),
    ("receipt #", Order(40)),
    ("receipt", Order(30)),
    ("reference", Order(70)),
    ("ref.", Order(60)),
    ("transaction id", Order(60)),
    ("transaction no.", Order(60)),
    ("invoice no.", Order(40)),
    ("invoice number", Order(40)),
    ("receipt no.", Order(40)),
    ("receipt number", Order(40)),
    ("ご注文番号", Order(100)),
    ("注文番号", Order(100)),
    ("お申込番号", Order(100)),
    ("お申し込み番号", Order(100)),
    ("申込番号", Order(100)),
    ("予約番号", Order(100)),
    ("受付番号", Order(100)),
    ("延長受付番号", Order(110)),
    ("オーダー番号", Order(100)),
    ("領収書番号", Order(40)),
    ("订单号", Order(100)),
    ("订单编号", Order(100)),
    ("订单号码", Order(100)),
    ("续租订单号", Order(110)),
    ("预订号", Order(100)),
    ("预订编号", Order(100)),
    ("交易单号", Order(60)),
    ("交易编号", Order(60)),
    ("訂單編號", Order(100)),
    ("訂單號碼", Order(100)),
    ("訂單號", Order(100)),
    ("單號", Order(90)),
    ("租借單號", Order(100)),
    ("訂購單號", Order(100)),
    ("单号", Order(90)),
    ("订购单号", Order(100)),
    ("受注番号", Order(100)),
    ("注文no", Order(100)),
    ("ご予約番号", Order(100)),
    ("注文id", Order(100)),
    ("ご注文no.", Order(100)),
    ("ご注文no", Order(100)),
    ("お申込み番号", Order(100)),
    ("申込み番号", Order(100)),
    ("訂單代碼", Order(100)),
    ("预约编号", Order(100)),
    ("支付流水号", Order(30)),
    ("訂單编号", Order(100)),
    ("預約編號", Order(100)),
    ("預訂編號", Order(100)),
    ("續租訂單編號", Order(110)),
    ("交易編號", Order(60)),
    ("收據編號", Order(40)),
    ("发票号", Order(40)),
    ("發票號碼", Order(40)),
    // Numbers that are not this order's.
    ("original order", NotOrder),
    ("original order number", NotOrder),
    ("元のご注文番号", NotOrder),
    ("元の注文番号", NotOrder),
    ("原订单编号", NotOrder),
    ("原订单号", NotOrder),
    ("原訂單編號", NotOrder),
    ("tracking", NotOrder),
    ("tracking number", NotOrder),
    ("运单号", NotOrder),
    ("運單號碼", NotOrder),
    ("配送番号", NotOrder),
    ("お問い合わせ番号", NotOrder),
    ("登録番号", NotOrder),
    ("統一編號", NotOrder),
    ("customer", NotOrder),
    ("customer id", NotOrder),
    ("会員番号", NotOrder),
    ("order status", NotOrder),
    ("订单状态", NotOrder),
    ("訂單狀態", NotOrder),
    // The plan.
    ("plan", Plan(100)),
    ("plan name", Plan(100)),
    ("data plan", Plan(100)),
    ("package", Plan(100)),
    ("product", Plan(90)),
    ("product name", Plan(100)),
    ("item", Plan(80)),
    ("device", Plan(80)),
    ("rental", Plan(70)),
    ("top-up", Plan(80)),
    ("description", Plan(60)),
    ("equipment", Plan(70)),
    ("bundle", Plan(90)),
    ("item name", Plan(100)),
    ("service plan", Plan(100)),
    ("機器", Plan(70)),
    ("机器", Plan(70)),
    ("设备", Plan(60)),
    ("流量包", Plan(80)),
    ("計劃", Plan(90)),
    ("计划", Plan(90)),
    ("ご契約プラン", Plan(100)),
    ("data pack", Plan(90)),
    ("ご購入プラン", Plan(100)),
    ("ご購入商品", Plan(100)),
    ("購入商品", Plan(100)),
    ("購買品項", Plan(100)),
    ("租用產品", Plan(100)),
    ("商品内容", Plan(90)),
    ("宝贝", Plan(60)),
    ("プラン", Plan(100)),
    ("プラン名", Plan(100)),
    ("ご利用プラン", Plan(100)),
    ("機種・プラン", Plan(100)),
    ("料金プラン", Plan(100)),
    ("商品名", Plan(100)),
    ("品名", Plan(90)),
    ("商品", Plan(80)),
    ("チャージ内容", Plan(90)),
    ("套餐", Plan(100)),
    ("套餐名称", Plan(100)),
    ("商品名称", Plan(100)),
    ("产品名称", Plan(100)),
    ("产品", Plan(90)),
    ("商品名稱", Plan(100)),
    ("產品名稱", Plan(100)),
    ("產品", Plan(90)),
    ("方案", Plan(100)),
    ("方案名稱", Plan(100)),
    ("租借方案", Plan(100)),
    ("租赁套餐", Plan(100)),
    ("品項", Plan(80)),
    // The eSIM's numbers.
    ("iccid", Iccid),
    ("iccid番号", Iccid),
    ("sim serial", Iccid),
    ("esim iccid", Iccid),
    ("卡号 iccid", Iccid),
    ("卡號 iccid", Iccid),
    ("sim卡号", Iccid),
    ("sm-dp+ address", Smdp),
    ("sm-dp+ server", Smdp),
    ("sm-dp+アドレス", Smdp),
    ("sm-dp+地址", Smdp),
    ("sm-dp+位址", Smdp),
    ("sm-dp+ 地址", Smdp),
    ("smdp address", Smdp),
    ("activation code", ActivationCode),
    ("matching id", ActivationCode),
    ("アクティベーションコード", ActivationCode),
    ("激活码", ActivationCode),
    ("啟用碼", ActivationCode),
    ("開通碼", ActivationCode),
    ("インストール用コード", ActivationCode),
    ("lpa string", ActivationCode),
];
