//! Kōshin (更新, "renewal") keeps a travel data card for Japan alive: it plans
//! renewals, guides them step by step and archives the receipts.
//!
//! The crate is a library with a thin binary: `model`, `store` and `i18n` hold
//! the logic without any UI, `ui` holds the screens, and `app` ties them
//! together as an `eframe::App`.

pub mod app;
pub mod cli;
pub mod command;
pub mod export;
pub mod i18n;
pub mod model;
pub mod store;
pub mod ui;
pub mod wizard;

pub use app::{AppOptions, Clock, KoshinApp};
