//! What a screen reader reads (the AccessKit tree): on every screen and form,
//! in English and 简体中文, every button, checkbox, radio, text field, combo
//! box, slider and link has a name; and Tab reaches every enabled control of
//! the Overview, in reading order.

#![allow(clippy::unwrap_used)]

mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use koshin::KoshinApp;
use koshin::command::{Command, Screen};
use koshin::i18n::Lang;

fn harness_in(lang: Lang) -> (tempfile::TempDir, Harness<'static, KoshinApp>) {
    common::demo_harness_in(lang, (1180.0, 900.0))
}

const CONTROLS: [Role; 9] = [
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::ComboBox,
    Role::Slider,
    Role::Link,
    Role::SpinButton,
];

/// The views: every screen, and the forms and steps they open.
fn views(harness: &Harness<'static, KoshinApp>) -> Vec<(String, Command)> {
    let archive = harness.state().archive();
    let esim = archive.cards[0].id;
    let receipt = archive.receipts[0].id;
    let mut views: Vec<(String, Command)> = Screen::ALL
        .into_iter()
        .map(|screen| (format!("{screen:?}"), Command::Navigate(screen)))
        .collect();
    views.push(("card form".into(), Command::OpenCard(esim)));
    views.push(("new card".into(), Command::AddCard));
    views.push(("receipt form".into(), Command::OpenReceipt(receipt)));
    views.push(("wizard".into(), Command::StartRenewal(esim)));
    views.push(("guide".into(), Command::OpenGuide(esim)));
    views
}

#[test]
fn access_every_control_on_every_screen_has_a_name() {
    for lang in [Lang::En, Lang::ZhHans] {
        let (_dir, mut harness) = harness_in(lang);
        for (name, command) in views(&harness) {
            harness.state_mut().apply(command, 0.0);
            harness.run();
            let mut seen = 0;
            let mut unnamed = Vec::new();
            for node in harness.root().children_recursive() {
                let access = node.accesskit_node();
                if !CONTROLS.contains(&access.role()) {
                    continue;
                }
                seen += 1;
                let label = access.label().unwrap_or_default();
                if label.trim().is_empty() {
                    unnamed.push(format!("{:?} at {:?}", access.role(), node.rect()));
                }
            }
            assert!(seen > 0, "{} {name}: no controls seen", lang.tag());
            assert!(
                unnamed.is_empty(),
                "{} {name}: controls without a name: {unnamed:#?}",
                lang.tag()
            );
        }
    }
}

/// Presses Tab until the focus comes round again; what got it, in order.
fn tab_round(harness: &mut Harness<'static, KoshinApp>) -> Vec<(String, egui::Rect)> {
    let mut focused: Vec<(String, egui::Rect)> = Vec::new();
    for _ in 0..200 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let Some(node) = harness
            .root()
            .children_recursive()
            .find(|n| n.accesskit_node().is_focused())
        else {
            continue;
        };
        let entry = (
            node.accesskit_node().label().unwrap_or_default(),
            node.rect(),
        );
        if focused.first() == Some(&entry) {
            break;
        }
        focused.push(entry);
    }
    focused
}

/// The enabled controls on screen that Tab never reached.
fn unreached(
    harness: &Harness<'static, KoshinApp>,
    focused: &[(String, egui::Rect)],
) -> Vec<(String, egui::Rect)> {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1180.0, 900.0));
    harness
        .root()
        .children_recursive()
        .filter(|n| CONTROLS.contains(&n.accesskit_node().role()))
        .filter(|n| !n.accesskit_node().is_disabled())
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .filter(|(_, rect)| window.contains_rect(*rect))
        .filter(|control| !focused.iter().any(|f| f.0 == control.0))
        .collect()
}

#[test]
fn access_tab_reaches_every_enabled_control_on_every_screen() {
    let (_dir, mut harness) = harness_in(Lang::En);
    for (name, command) in views(&harness) {
        harness.state_mut().apply(command, 0.0);
        harness.run();
        let focused = tab_round(&mut harness);
        let missed = unreached(&harness, &focused);
        assert!(missed.is_empty(), "{name}: Tab never reached {missed:#?}");
    }
}

#[test]
fn access_tab_reaches_every_enabled_control_of_the_overview_in_reading_order() {
    let (_dir, mut harness) = harness_in(Lang::En);
    let focused = tab_round(&mut harness);
    let missed = unreached(&harness, &focused);
    assert!(missed.is_empty(), "Tab never reached {missed:#?}");
    // Reading order: the cards' controls come before the chart's, and the
    // navigation before both.
    let position = |label: &str| focused.iter().position(|(l, _)| l == label);
    let nav = position("Overview").unwrap();
    let renew = focused
        .iter()
        .position(|(l, _)| l.starts_with("Renew Mum"))
        .unwrap();
    assert!(nav < renew, "{focused:#?}");
    // Every card's controls before the chart and its legend.
    let last_card = focused
        .iter()
        .rposition(|(l, _)| l.starts_with("Renew ") || l.starts_with("Show data of"))
        .unwrap();
    let chart = position("Chart of the data left: readings and projection").unwrap();
    let legend = position("Projection").unwrap();
    assert!(last_card < chart && chart < legend, "{focused:#?}");
    assert!(
        focused.iter().all(|(label, _)| !label.trim().is_empty()),
        "everything Tab reaches has a name: {focused:#?}"
    );
}
