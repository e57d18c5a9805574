//! The guide as pictures for a chat app (`WeChat`, LINE, e-mail): one
//! phone-portrait PNG per step, failure steps included, after a first one
//! with the card, what to do by when and whom to call. The text is laid out
//! by egui's own text layout with the fonts the app ships (CJK included) and
//! painted here pixel by pixel, so a picture is the same on every computer,
//! with no system library and no browser.

use egui::epaint::text::{Fonts, LayoutJob, TextFormat, TextOptions, TextWrapping};
use egui::epaint::{Color32, ColorImage, FontFamily, FontId, Galley, Pos2, Rect, pos2, vec2};
use image::{Rgba, RgbaImage};

use super::{Fact, Guide, GuideStep};

mod raster;

use crate::i18n::{I18n, Msg};
use raster::{fill, paint_galley, rgba};

/// The width of every picture: a phone's screen, in pixels.
pub const WIDTH: u32 = 1080;
/// The tallest a picture may be; a step that needs more gets smaller type.
pub const MAX_HEIGHT: u32 = 2400;
const WIDTH_PX: f32 = 1080.0;
const MAX_HEIGHT_PX: f32 = 2400.0;
/// Pixels per point of the guide's text size: a 1080-pixel picture fills a
/// phone about 400 points wide, so the step reads at the size guide mode uses.
const SCALE: f32 = 2.5;
/// The smallest scale a long step is shrunk to before its text is cut.
const MIN_SCALE: f32 = 1.3;
const MARGIN: f32 = 64.0;
/// The most rows a single piece of text takes; more ends in "…". Enough for
/// the longest advice at the smallest scale; only text no step has is cut.
const MAX_ROWS: usize = 60;

const PAPER: Color32 = Color32::WHITE;
const INK: Color32 = Color32::from_rgb(17, 17, 17);
const MUTED: Color32 = Color32::from_rgb(72, 72, 72);
const BAND: Color32 = Color32::from_rgb(12, 52, 110);
const FAILURE_BAND: Color32 = Color32::from_rgb(140, 30, 20);
const ON_BAND: Color32 = Color32::WHITE;
const DETAIL: Color32 = Color32::from_rgb(255, 240, 180);
const LINK: Color32 = Color32::from_rgb(0, 64, 160);
const WARNING: Color32 = Color32::from_rgb(150, 0, 0);

/// One picture of a guide, with the file name that keeps its place in a chat.
#[derive(Debug, Clone)]
pub struct Picture {
    /// `01-how-to-renew.png`, `02-….png`: in order when sorted by name.
    pub name: String,
    /// The picture.
    pub image: RgbaImage,
}

impl Picture {
    /// The picture as a PNG file.
    pub fn png(&self) -> Result<Vec<u8>, image::ImageError> {
        use image::ImageEncoder;
        use image::codecs::png::{CompressionType, FilterType, PngEncoder};
        let mut bytes = Vec::new();
        // Opaque: no alpha channel, a quarter less to send.
        let rgb = image::DynamicImage::ImageRgba8(self.image.clone()).into_rgb8();
        PngEncoder::new_with_quality(&mut bytes, CompressionType::Best, FilterType::Adaptive)
            .write_image(
                rgb.as_raw(),
                rgb.width(),
                rgb.height(),
                image::ExtendedColorType::Rgb8,
            )?;
        Ok(bytes)
    }
}

/// What is drawn, top to bottom.
enum Block {
    /// The coloured band on top: the step number and total, and the card.
    Band {
        left: String,
        right: String,
        colour: Color32,
    },
    /// Text in a size (times the guide's text size), a colour, and with a
    /// background box when it is a number to read out.
    Text {
        text: String,
        size: f32,
        colour: Color32,
        boxed: bool,
        monospace: bool,
        rows: usize,
    },
    /// Space, times the guide's text size.
    Gap(f32),
    /// A QR code (its modules, row by row, and its width).
    Qr(Vec<bool>, usize),
}

impl Block {
    fn text(text: impl Into<String>, size: f32, colour: Color32) -> Self {
        Block::Text {
            text: text.into(),
            size,
            colour,
            boxed: false,
            monospace: false,
            rows: MAX_ROWS,
        }
    }

    /// Text that takes at most `rows` rows (a title with the card's label).
    fn rows(mut self, most: usize) -> Self {
        if let Block::Text { rows, .. } = &mut self {
            *rows = most;
        }
        self
    }
}

/// Draws guides as pictures. Making one loads the fonts: keep it for every
/// picture of an export.
pub struct Painter {
    fonts: Fonts,
}

impl Default for Painter {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Painter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Painter")
    }
}

/// Options of a guide's pictures.
#[derive(Debug, Clone, Default)]
pub struct PictureOptions {
    /// The eSIM's activation code, to show as a QR code at the step that
    /// installs it, with a warning; `None` (the default) leaves it out.
    pub activation_code: Option<String>,
}

impl Painter {
    /// A painter with the app's fonts.
    pub fn new() -> Self {
        let options = TextOptions {
            max_texture_side: 8192,
            subpixel_binning: false,
            ..TextOptions::default()
        };
        Self {
            fonts: Fonts::new(options, crate::ui::fonts::definitions()),
        }
    }

    /// Every picture of `guide`: the first with the card, its deadline and
    /// whom to call, then one per step, then one per failure step.
    pub fn pictures(
        &mut self,
        guide: &Guide,
        label: &str,
        text_size: f32,
        tr: &I18n,
        options: &PictureOptions,
    ) -> Vec<Picture> {
        let mut pictures = Vec::new();
        let cover = cover_blocks(guide, label, tr);
        let name = file_name(1, &guide.title);
        pictures.push(self.picture(name, &cover, text_size));
        let mut number = 2;
        for (failure, steps) in [(false, &guide.steps), (true, &guide.failure_steps)] {
            for (index, step) in steps.iter().enumerate() {
                let blocks = step_blocks(guide, label, tr, (failure, index), options);
                let name = file_name(number, &step.title);
                pictures.push(self.picture(name, &blocks, text_size));
                number += 1;
            }
        }
        pictures
    }

    /// The picture of one step (`failure`: of the failure steps).
    pub fn step_picture(
        &mut self,
        guide: &Guide,
        label: &str,
        text_size: f32,
        tr: &I18n,
        (failure, index): (bool, usize),
        options: &PictureOptions,
    ) -> Option<Picture> {
        let step = steps_of(guide, failure).get(index)?;
        let blocks = step_blocks(guide, label, tr, (failure, index), options);
        Some(self.picture(file_name(index + 1, &step.title), &blocks, text_size))
    }

    /// Lays the blocks out, as large as fits in [`MAX_HEIGHT`], and paints them.
    fn picture(&mut self, name: String, blocks: &[Block], text_size: f32) -> Picture {
        let mut scale = SCALE;
        let mut laid = self.lay_out(blocks, text_size * scale);
        while laid.height > MAX_HEIGHT_PX && scale > MIN_SCALE {
            scale = (scale * 0.9).max(MIN_SCALE);
            laid = self.lay_out(blocks, text_size * scale);
        }
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a height between the margins and MAX_HEIGHT"
        )]
        let height = (laid.height.ceil() as u32).clamp(1, MAX_HEIGHT);
        let mut image = RgbaImage::from_pixel(WIDTH, height, rgba(PAPER));
        let atlas = self.fonts.image();
        for item in &laid.items {
            match item {
                Laid::Fill(rect, colour) => fill(&mut image, *rect, *colour),
                Laid::Galley(galley, at) => paint_galley(&mut image, &atlas, galley, *at),
            }
        }
        Picture { name, image }
    }

    fn galley(&mut self, job: LayoutJob) -> std::sync::Arc<Galley> {
        self.fonts.with_pixels_per_point(1.0).layout_job(job)
    }

    /// Where everything goes at `em` pixels for the guide's text size.
    fn lay_out(&mut self, blocks: &[Block], em: f32) -> Layout {
        let width = WIDTH_PX - 2.0 * MARGIN;
        let mut items = Vec::new();
        let mut y = 0.0;
        for block in blocks {
            match block {
                Block::Band {
                    left,
                    right,
                    colour,
                } => {
                    let size = em * 0.9;
                    let pad = em * 0.6;
                    // The card's label gives way to the step's number.
                    let right = one_line(right);
                    let right = self.galley(job(&right, size, ON_BAND, width * 0.4, 1, false));
                    let rest = width - right.size().x - em;
                    let left = self.galley(job(&one_line(left), size, ON_BAND, rest, 1, false));
                    let height = left.size().y.max(right.size().y) + 2.0 * pad;
                    let band = Rect::from_min_size(pos2(0.0, y), vec2(WIDTH_PX, height));
                    items.push(Laid::Fill(band, *colour));
                    items.push(Laid::Galley(left, pos2(MARGIN, y + pad)));
                    let right_x = WIDTH_PX - MARGIN - right.size().x;
                    items.push(Laid::Galley(right, pos2(right_x, y + pad)));
                    y += height + em;
                }
                Block::Text {
                    text,
                    size,
                    colour,
                    boxed,
                    monospace,
                    rows,
                } => {
                    let pad = if *boxed { em * 0.5 } else { 0.0 };
                    let job = job(
                        text,
                        em * size,
                        *colour,
                        width - 2.0 * pad,
                        *rows,
                        *monospace,
                    );
                    let galley = self.galley(job);
                    if *boxed {
                        let rect = Rect::from_min_size(
                            pos2(MARGIN, y),
                            vec2(width, galley.size().y + 2.0 * pad),
                        );
                        items.push(Laid::Fill(rect, DETAIL));
                    }
                    let height = galley.size().y;
                    items.push(Laid::Galley(galley, pos2(MARGIN + pad, y + pad)));
                    y += height + 2.0 * pad + em * 0.35;
                }
                Block::Gap(size) => y += em * size,
                Block::Qr(modules, side) => {
                    // Modules of whole pixels, with a quiet zone of four.
                    #[expect(
                        clippy::cast_precision_loss,
                        reason = "a QR code is at most 177 modules"
                    )]
                    let cells = (*side + 8) as f32;
                    let module = (width.min(em * 16.0) / cells).floor().max(2.0);
                    let origin = pos2(MARGIN, y);
                    items.push(Laid::Fill(
                        Rect::from_min_size(origin, vec2(module * cells, module * cells)),
                        Color32::WHITE,
                    ));
                    for (n, dark) in modules.iter().enumerate() {
                        if *dark {
                            #[expect(clippy::cast_precision_loss, reason = "small counts")]
                            let (col, row) = ((n % side + 4) as f32, (n / side + 4) as f32);
                            let at = origin + vec2(col * module, row * module);
                            items.push(Laid::Fill(
                                Rect::from_min_size(at, vec2(module, module)),
                                Color32::BLACK,
                            ));
                        }
                    }
                    y += module * cells + em * 0.5;
                }
            }
        }
        Layout {
            items,
            height: y + MARGIN,
        }
    }
}

/// A laid-out picture.
struct Layout {
    items: Vec<Laid>,
    height: f32,
}

enum Laid {
    Fill(Rect, Color32),
    Galley(std::sync::Arc<Galley>, Pos2),
}

fn job(
    text: &str,
    size: f32,
    colour: Color32,
    width: f32,
    max_rows: usize,
    monospace: bool,
) -> LayoutJob {
    let family = if monospace {
        FontFamily::Monospace
    } else {
        FontFamily::Proportional
    };
    let format = TextFormat::simple(FontId::new(size, family), colour);
    let mut job = LayoutJob::single_section(text.to_owned(), format);
    job.wrap = TextWrapping {
        max_width: width,
        max_rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    job
}

/// A label on one line: its line breaks and tabs as spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A long number written so it can be read out: "8981 1000 2215 2271 918".
pub fn readable(value: &str) -> String {
    let digits: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() < 12 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return value.to_owned();
    }
    let groups: Vec<String> = digits
        .as_bytes()
        .chunks(4)
        .map(|g| String::from_utf8_lossy(g).into_owned())
        .collect();
    groups.join(" ")
}

/// `03-打开网站.png`: the number keeps the order; the title tells them apart.
fn file_name(number: usize, title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.chars().count() >= 32 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("{number:02}.png")
    } else {
        format!("{number:02}-{slug}.png")
    }
}

fn fact_blocks(blocks: &mut Vec<Block>, facts: &[Fact]) {
    for fact in facts {
        blocks.push(Block::text(fact.label.clone(), 0.75, MUTED));
        let colour = if fact.link.is_some() { LINK } else { INK };
        blocks.push(Block::text(readable(&fact.value), 1.0, colour));
    }
}

/// The first picture: the card, the deadline, the card's details, whom to call.
fn cover_blocks(guide: &Guide, label: &str, tr: &I18n) -> Vec<Block> {
    let total = guide.steps.len();
    let mut blocks = vec![
        Block::Band {
            left: "Kōshin".to_owned(),
            right: label.to_owned(),
            colour: BAND,
        },
        Block::text(guide.title.clone(), 1.3, INK).rows(4),
        Block::text(guide.intro.clone(), 1.0, INK),
        Block::Gap(0.3),
    ];
    fact_blocks(&mut blocks, &guide.facts);
    if !guide.help.is_empty() {
        blocks.push(Block::Gap(0.3));
        blocks.push(Block::text(tr.t("guide-help-heading"), 1.15, INK));
        fact_blocks(&mut blocks, &guide.help);
    }
    blocks.push(Block::Gap(0.3));
    let order = Msg::new("guide-pictures-order").arg("count", total);
    blocks.push(Block::text(tr.msg(&order), 0.8, MUTED));
    blocks
}

/// The renewal steps, or (`failure`) those of "If it does not work".
fn steps_of(guide: &Guide, failure: bool) -> &[GuideStep] {
    if failure {
        &guide.failure_steps
    } else {
        &guide.steps
    }
}

/// The picture of one step: its number of the total, what the person sees,
/// what to do, the number to type in large print, the address to open.
fn step_blocks(
    guide: &Guide,
    label: &str,
    tr: &I18n,
    (failure, index): (bool, usize),
    options: &PictureOptions,
) -> Vec<Block> {
    let steps = steps_of(guide, failure);
    let step: &GuideStep = &steps[index];
    let count = format!("{} / {}", index + 1, steps.len());
    let (left, colour) = if failure {
        (
            tr.msg(&Msg::new("guide-pictures-failure").arg("count", count)),
            FAILURE_BAND,
        )
    } else {
        (count, BAND)
    };
    let mut blocks = vec![
        Block::Band {
            left,
            right: label.to_owned(),
            colour,
        },
        Block::text(step.title.clone(), 1.3, INK),
        Block::text(tr.t("guide-you-see"), 0.75, MUTED),
        Block::text(step.see.clone(), 1.0, INK),
        Block::text(tr.t("guide-you-do"), 0.75, MUTED),
        Block::text(step.action.clone(), 1.0, INK),
    ];
    if let Some(detail) = &step.detail {
        blocks.push(Block::Text {
            text: readable(detail),
            size: 1.15,
            colour: INK,
            boxed: true,
            monospace: true,
            rows: MAX_ROWS,
        });
    }
    if let Some(link) = &step.link {
        blocks.push(Block::text(link.clone(), 0.9, LINK));
    }
    let code = options.activation_code.as_deref().filter(|c| !c.is_empty());
    if let Some(code) = code.filter(|_| step.installs_esim)
        && let Ok(qr) = qrcode::QrCode::new(code.as_bytes())
    {
        let warning = tr.t("guide-pictures-code-warning");
        blocks.push(Block::text(warning, 0.85, WARNING));
        let side = qr.width();
        let modules = qr
            .to_colors()
            .iter()
            .map(|c| *c == qrcode::Color::Dark)
            .collect();
        blocks.push(Block::Qr(modules, side));
    }
    blocks.push(Block::Gap(0.4));
    blocks.push(Block::text(guide.title.clone(), 0.7, MUTED).rows(1));
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_numbers_are_grouped_in_fours_and_others_are_left_alone() {
        assert_eq!(readable("8981100022152271918"), "8981 1000 2215 2271 918");
        assert_eq!(
            readable("8981 1000 2215 2271 918"),
            "8981 1000 2215 2271 918"
        );
        assert_eq!(readable("080-1234-5678"), "080-1234-5678");
        assert_eq!(readable("TW-2026-118834"), "TW-2026-118834");
        assert_eq!(readable("12345"), "12345");
    }

    #[test]
    fn file_names_keep_the_order_and_any_script() {
        assert_eq!(file_name(3, "Open the website"), "03-open-the-website.png");
        assert_eq!(file_name(12, "打开网站"), "12-打开网站.png");
        assert_eq!(file_name(1, "?!"), "01.png");
        let long = file_name(2, &"a/b\\c:".repeat(40));
        assert!(
            long.len() < 50 && !long.contains(['/', '\\', ':']),
            "{long}"
        );
    }
}
