//! Kōshin (更新, "renewal") keeps a travel data card for Japan alive: it plans
//! renewals, guides them step by step and archives the receipts.
//!
//! The crate is a library with a thin binary: `model`, `wizard`, `store`,
//! `export` and `i18n` hold the logic without any UI; `actions` are what a
//! person does, shared by `app` (the `eframe::App`, drawing the screens of
//! `ui`) and `cli` (the command line). See ARCHITECTURE.md.

/// Marks a message id written outside a translation call (`Msg::new`,
/// `tr.t`): a table of ids, a label id handed to a form helper. The
/// translation test counts a message as used only where it is translated or
/// marked so, never because some other string happens to look like its id.
#[macro_export]
macro_rules! msg_id {
    ($id:literal) => {
        $id
    };
}

/// A `match` whose every arm is a message id (a kind's name, a screen's
/// label), or an array of message ids: a table of ids, counted as uses like
/// [`msg_id!`].
#[macro_export]
macro_rules! msg_ids {
    (match $on:tt { $($pattern:pat $(if $guard:expr)? => $id:literal),+ $(,)? }) => {
        match $on {
            $($pattern $(if $guard)? => $id),+
        }
    };
    [$($id:literal),+ $(,)?] => {
        [$($id),+]
    };
}

pub mod actions;
pub mod app;
pub mod cli;
pub mod command;
pub mod console;
pub mod formats;
pub mod i18n;
pub mod logging;
pub mod model;
pub mod notifications;
pub mod probe;
pub mod store;
pub mod ui;
pub mod wizard;

pub use app::{AppOptions, Clock, KoshinApp};
