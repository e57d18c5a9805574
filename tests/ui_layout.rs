//! Every main screen fits from 1024×640 to 1920×1080, in English and
//! simplified Chinese: image snapshots (reviewed by eye when they change)
//! and, on the Overview, no two widgets on top of each other; on no screen
//! does anything run off the window's right edge, and the end of every
//! screen can be scrolled into view.

#![allow(clippy::unwrap_used)]

mod common;

use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, SnapshotOptions, SnapshotResults};
use koshin::KoshinApp;
use koshin::command::{Command, Screen};
use koshin::i18n::Lang;

/// The sample household in `lang` at the pinned moment, in a window of `size`.
fn harness_in(lang: Lang, size: (f32, f32)) -> (tempfile::TempDir, Harness<'static, KoshinApp>) {
    common::demo_harness_in(lang, size)
}

fn options() -> SnapshotOptions {
    SnapshotOptions::default()
        .threshold(2.0)
        .max_failed_pixels(600)
}

/// The commands that bring each screen up, by its snapshot name.
fn screens(harness: &Harness<'static, KoshinApp>) -> Vec<(&'static str, Vec<Command>)> {
    let archive = harness.state().archive();
    let esim = archive.cards[0].id;
    let sim = archive.cards[1].id;
    vec![
        ("overview", vec![Command::Navigate(Screen::Overview)]),
        ("receipts", vec![Command::Navigate(Screen::Receipts)]),
        ("trips", vec![Command::Navigate(Screen::Trips)]),
        ("wizard", vec![Command::StartRenewal(esim)]),
        ("guide", vec![Command::OpenGuide(esim)]),
        ("card_form", vec![Command::OpenCard(sim)]),
        (
            "receipt_from_mail",
            vec![Command::ReceiptFromMail(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/data/mail/zh_gbk_taobao.eml"),
            )],
        ),
    ]
}

#[test]
fn every_main_screen_at_both_window_sizes_in_english_and_chinese() {
    let mut results = SnapshotResults::default();
    for lang in [Lang::En, Lang::ZhHans] {
        for (width, height) in [(1024_u16, 640_u16), (1920, 1080)] {
            let (_dir, mut harness) = harness_in(lang, (f32::from(width), f32::from(height)));
            for (name, commands) in screens(&harness) {
                for command in commands {
                    harness.state_mut().apply(command, 0.0);
                }
                harness.run();
                let file = format!("layout_{name}_{}_{width}", lang.tag());
                let image = common::window_image(&mut harness);
                results.add(egui_kittest::try_image_snapshot_options(
                    &image,
                    &file,
                    &options(),
                ));
            }
        }
    }
}

/// No screen paints the window's background over itself: the window is
/// cleared to it, and a window-sized fill costs a software renderer about
/// 20 ms a frame.
#[test]
fn no_screen_paints_its_background_again() {
    let (_dir, mut harness) = harness_in(Lang::En, (1180.0, 760.0));
    let window_area = 1180.0 * 760.0;
    for (name, commands) in screens(&harness) {
        for command in commands {
            harness.state_mut().apply(command, 0.0);
        }
        harness.run();
        let panel_fill = harness.ctx.global_style().visuals.panel_fill;
        let large_fills: Vec<egui::Rect> = harness
            .output()
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Rect(rect) if rect.fill == panel_fill => {
                    Some(rect.rect.intersect(clipped.clip_rect))
                }
                _ => None,
            })
            .filter(|rect| rect.area() > window_area / 8.0)
            .collect();
        assert!(large_fills.is_empty(), "{name}: {large_fills:?}");
    }
}

#[test]
fn nothing_overlaps_on_the_overview_at_1024_by_640() {
    for lang in [Lang::En, Lang::ZhHans] {
        let (_dir, harness) = harness_in(lang, (1024.0, 640.0));
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 640.0));
        // A scrolled page ends where the notice strip begins; what its edge cuts is
        // not on screen whole (its rect runs on under the strip).
        let strip_top = 640.0 - koshin::ui::theme::STATUS_STRIP_HEIGHT;
        let widgets: Vec<(String, egui::Rect)> = leaf_widgets(&harness)
            .into_iter()
            .filter(|(_, rect)| window.contains_rect(*rect))
            .filter(|(_, rect)| !(rect.top() < strip_top && rect.bottom() > strip_top + 1.0))
            .collect();
        assert!(
            widgets.len() > 20,
            "{}: {} widgets seen",
            lang.tag(),
            widgets.len()
        );
        for (i, (a, ra)) in widgets.iter().enumerate() {
            for (b, rb) in &widgets[i + 1..] {
                // A chart's legend is drawn on the chart, which has no name.
                let on_chart = (a.is_empty() && ra.contains_rect(*rb))
                    || (b.is_empty() && rb.contains_rect(*ra));
                if on_chart {
                    continue;
                }
                let overlap = ra.intersect(*rb);
                assert!(
                    !(overlap.width() > 1.0 && overlap.height() > 1.0),
                    "{}: \"{a}\" {ra:?} overlaps \"{b}\" {rb:?}",
                    lang.tag()
                );
            }
        }
    }
}

/// The leaf widgets of what the harness shows, with their names and places.
fn leaf_widgets(harness: &Harness<'static, KoshinApp>) -> Vec<(String, egui::Rect)> {
    harness
        .root()
        .children_recursive()
        .filter(|node| node.accesskit_node().children().next().is_none())
        .filter(|node| node.accesskit_node().bounding_box().is_some())
        .map(|node| {
            let name = node
                .accesskit_node()
                .label()
                .or_else(|| node.accesskit_node().value())
                .unwrap_or_default();
            (name, node.rect())
        })
        .filter(|(_, rect)| rect.area() > 1.0)
        .collect()
}

/// The widget lowest on the screen, by its accessibility id, and its place.
fn lowest_widget(
    harness: &Harness<'static, KoshinApp>,
) -> Option<(egui::accesskit::NodeId, egui::Rect)> {
    harness
        .root()
        .children_recursive()
        .filter(|node| node.accesskit_node().children().next().is_none())
        .filter(|node| node.accesskit_node().bounding_box().is_some())
        .map(|node| (node.accesskit_node().locate().0, node.rect()))
        .filter(|(_, rect)| rect.area() > 1.0)
        .max_by(|(_, a), (_, b)| a.max.y.total_cmp(&b.max.y))
}

#[test]
fn every_screen_at_1024_by_640_keeps_to_the_window_and_scrolls_to_its_end() {
    for lang in [Lang::En, Lang::ZhHans] {
        let (_dir, mut harness) = harness_in(lang, (1024.0, 640.0));
        let archive = harness.state().archive();
        let receipt = archive.receipts[0].id;
        let mut views: Vec<(String, Command)> = Screen::ALL
            .into_iter()
            .map(|screen| (format!("{screen:?}"), Command::Navigate(screen)))
            .collect();
        for (name, commands) in screens(&harness) {
            views.extend(commands.into_iter().map(|c| (name.to_owned(), c)));
        }
        views.push(("receipt_form".to_owned(), Command::OpenReceipt(receipt)));
        for (name, command) in views {
            harness.state_mut().apply(command, 0.0);
            harness.run();
            let widgets = leaf_widgets(&harness);
            assert!(widgets.len() > 5, "{name}: {} widgets", widgets.len());
            for (label, rect) in &widgets {
                assert!(
                    rect.max.x <= 1024.5,
                    "{} {name}: \"{label}\" {rect:?} runs off the window",
                    lang.tag()
                );
            }
            let lowest = lowest_widget(&harness);
            if let Some((id, rect)) = lowest.filter(|(_, rect)| rect.max.y > 640.5) {
                let node = harness
                    .root()
                    .children_recursive()
                    .find(|node| node.accesskit_node().locate().0 == id)
                    .unwrap();
                node.scroll_to_me();
                harness.run();
                let (_, scrolled) = lowest_widget(&harness).unwrap();
                assert!(
                    scrolled.max.y <= 640.5,
                    "{} {name}: the bottom of the screen {rect:?} cannot be scrolled into view",
                    lang.tag()
                );
            }
        }
    }
}

/// The sample household's eSIM renewal, at `step` with a 7-digit ICCID.
fn wizard_at(harness: &mut Harness<'static, KoshinApp>, step: koshin::wizard::Step) {
    let esim = harness.state().archive().cards[0].id;
    harness.state_mut().apply(Command::StartRenewal(esim), 0.0);
    let mut renewal = harness.state().archive().renewal(esim).unwrap().clone();
    for s in renewal.steps() {
        if s == step {
            break;
        }
        renewal.done.insert(s);
    }
    renewal.current = step;
    renewal.inputs.ids.iccid = "1234567".into();
    harness
        .state_mut()
        .apply(Command::UpdateRenewal(Box::new(renewal)), 0.0);
    harness.run();
}

/// The texts painted in the last frame, with where each was painted; a text
/// cut short with "…" is marked so.
fn painted(harness: &Harness<'static, KoshinApp>) -> Vec<(String, egui::Rect)> {
    fn collect(shape: &egui::Shape, into: &mut Vec<(String, egui::Rect)>) {
        match shape {
            egui::Shape::Text(text) => {
                let mut said = text.galley.text().to_owned();
                if text.galley.elided {
                    said.push_str(" [cut]");
                }
                into.push((said, text.visual_bounding_rect()));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, into)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut texts);
    }
    texts
}

#[test]
fn wizard_notes_and_hints_are_whole_and_keep_to_the_steps_column_at_three_sizes() {
    use koshin::wizard::Step;
    for lang in [Lang::En, Lang::ZhHans] {
        let tr = koshin::i18n::I18n::new(lang);
        // What the ICCID's note says, in parts (it shows them together).
        let parts: Vec<String> = koshin::model::IdField::Iccid
            .check("1234567")
            .iter()
            .map(|w| tr.msg(&w.message()))
            .collect();
        assert!(parts.len() >= 2, "{parts:?}");
        let note = parts[0].clone();
        let hint = tr.t("wizard-pay-order-hint");
        for (width, height) in [(1024.0, 640.0), (1280.0, 800.0), (1920.0, 1080.0)] {
            let (_dir, mut harness) = harness_in(lang, (width, height));
            let at = format!("{} {width}", lang.tag());
            for (step, text) in [(Step::EnterDetails, &note), (Step::Pay, &hint)] {
                wizard_at(&mut harness, step);
                // The column ends at the checklist beside it, or at the window.
                let edge = harness
                    .query_by_label(&tr.t("checklist-title"))
                    .map(|title| title.rect().left())
                    .filter(|left| *left > width / 2.0)
                    .unwrap_or(width);
                let shown: Vec<(String, egui::Rect)> = painted(&harness)
                    .into_iter()
                    .filter(|(t, _)| t.contains(text.as_str()))
                    .collect();
                // Painted once, whole (not cut with "…"), within the column.
                assert_eq!(shown.len(), 1, "{at} {step:?}: {shown:?}");
                assert!(!shown[0].0.ends_with("[cut]"), "{at} {step:?}: {shown:?}");
                if step == Step::EnterDetails {
                    assert!(
                        parts.iter().all(|p| shown[0].0.contains(p.as_str())),
                        "{at}: {shown:?}"
                    );
                }
                let rect = shown[0].1;
                assert!(
                    rect.right() <= edge + 0.5,
                    "{at} {step:?}: {rect:?} past {edge}"
                );
                // Nothing of the step's page crosses into the checklist.
                for (label, r) in leaf_widgets(&harness) {
                    if r.left() < edge {
                        assert!(
                            r.right() <= edge + 0.5,
                            "{at} {step:?}: \"{label}\" {r:?} past {edge}"
                        );
                    }
                }
            }
            // Hovering the note shows no second copy of it.
            wizard_at(&mut harness, Step::EnterDetails);
            let centre = harness.get_by_label_contains(&note).rect().center();
            harness.hover_at(centre);
            harness.run();
            let copies = painted(&harness)
                .into_iter()
                .filter(|(t, _)| t.contains(note.as_str()))
                .count();
            assert_eq!(copies, 1, "{at}: the note and a tooltip of it");
        }
    }
}

/// The texts painted in the last frame, where each was painted and the
/// rectangle it was clipped to.
fn painted_clipped(harness: &Harness<'static, KoshinApp>) -> Vec<(String, egui::Rect, egui::Rect)> {
    fn collect(
        shape: &egui::Shape,
        clip: egui::Rect,
        into: &mut Vec<(String, egui::Rect, egui::Rect)>,
    ) {
        match shape {
            egui::Shape::Text(text) => {
                into.push((
                    text.galley.text().to_owned(),
                    text.visual_bounding_rect(),
                    clip,
                ));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, clip, into)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, clipped.clip_rect, &mut texts);
    }
    texts
}

#[test]
fn the_receipts_table_shows_its_cells_whole_and_the_plan_takes_the_free_width() {
    for lang in [Lang::En, Lang::ZhHans] {
        for (width, height) in [(1024.0, 640.0), (1280.0, 800.0), (1920.0, 1080.0)] {
            let dir = tempfile::tempdir().unwrap();
            let tr = koshin::i18n::I18n::new(lang);
            let mut archive = koshin::model::demo::archive_in(&common::now(), &tr);
            archive.settings.language = Some(lang);
            archive.receipts[0]
                .attachments
                .push(koshin::model::Attachment {
                    stored_name: "missing.pdf".into(),
                    original_name: "receipt.pdf".into(),
                    size_bytes: 1,
                });
            koshin::actions::archive::write_archive_once(dir.path(), &archive).unwrap();
            let mut harness = common::harness(dir.path());
            harness.set_size(egui::vec2(width, height));
            harness.run();
            harness
                .state_mut()
                .apply(Command::Navigate(Screen::Receipts), 0.0);
            harness.run();
            let at = format!("{} {width}", lang.tag());

            // The names of cards, plans and order numbers are painted whole.
            let names: Vec<String> = archive
                .receipts
                .iter()
                .flat_map(|r| [r.card_label.clone(), r.plan.clone(), r.order_number.clone()])
                .collect();
            let cells: Vec<_> = painted_clipped(&harness)
                .into_iter()
                .filter(|(text, _, _)| names.contains(text))
                .collect();
            assert!(cells.len() >= archive.receipts.len() * 2, "{at}: {cells:?}");
            for (text, rect, clip) in &cells {
                assert!(
                    rect.right() <= clip.right() + 0.5,
                    "{at}: \"{text}\" {rect:?} is cut at {clip:?}"
                );
            }
            // The last column ends inside the window, and little is left empty
            // beside it: the plan took the rest.
            let files = harness.get_by_label(&tr.t("receipts-col-files")).rect();
            assert!(files.right() <= width, "{at}: {files:?}");
            let right = painted_clipped(&harness)
                .into_iter()
                .filter(|(text, _, _)| text == "⚠ 1")
                .map(|(_, rect, clip)| (rect, clip))
                .next()
                .expect("the files cell");
            assert!(
                right.0.right() <= right.1.right() + 0.5,
                "{at}: the files cell is cut: {right:?}"
            );
            assert!(
                width - files.right() < 80.0,
                "{at}: {} px left empty",
                width - files.right()
            );
        }
    }
}
