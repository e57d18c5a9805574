//! Painting laid-out text and boxes onto an image: each glyph is a rectangle
//! of the font atlas, whose alpha is the glyph's coverage.

use super::{Color32, ColorImage, Galley, INK, Pos2, Rect, Rgba, RgbaImage};

pub(super) fn rgba(colour: Color32) -> Rgba<u8> {
    Rgba(colour.to_array())
}

/// Pixel bounds of `rect` within the image.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "clamped to the image"
)]
pub(super) fn pixels(image: &RgbaImage, rect: Rect) -> (u32, u32, u32, u32) {
    let clamp = |v: f32, max: u32| {
        v.round()
            .clamp(0.0, f32::from(u16::try_from(max).unwrap_or(u16::MAX))) as u32
    };
    (
        clamp(rect.min.x, image.width()),
        clamp(rect.min.y, image.height()),
        clamp(rect.max.x, image.width()),
        clamp(rect.max.y, image.height()),
    )
}

pub(super) fn fill(image: &mut RgbaImage, rect: Rect, colour: Color32) {
    let (x0, y0, x1, y1) = pixels(image, rect);
    for y in y0..y1 {
        for x in x0..x1 {
            image.put_pixel(x, y, rgba(colour));
        }
    }
}

/// Paints a galley's glyphs (and its underlines, if any): each is a
/// rectangle of the font atlas, whose alpha is the glyph's coverage.
pub(super) fn paint_galley(image: &mut RgbaImage, atlas: &ColorImage, galley: &Galley, at: Pos2) {
    for row in &galley.rows {
        let origin = at + row.pos.to_vec2();
        let mesh = &row.visuals.mesh;
        for quad in mesh.indices.chunks_exact(6) {
            let mut pos = Rect::NOTHING;
            let mut uv = Rect::NOTHING;
            let mut colour = INK;
            for &index in quad {
                let Some(vertex) = mesh.vertices.get(index as usize) else {
                    continue;
                };
                pos.extend_with(vertex.pos);
                uv.extend_with(vertex.uv);
                colour = vertex.color;
            }
            paint_quad(image, atlas, pos.translate(origin.to_vec2()), uv, colour);
        }
    }
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "pixel coordinates within the image and the atlas"
)]
pub(super) fn paint_quad(
    image: &mut RgbaImage,
    atlas: &ColorImage,
    pos: Rect,
    uv: Rect,
    colour: Color32,
) {
    if !pos.is_positive() {
        return;
    }
    let (x0, y0, x1, y1) = pixels(image, pos);
    let [aw, ah] = atlas.size;
    let sample = |texel_x: f32, texel_y: f32| -> u8 {
        let column = (texel_x.floor().max(0.0) as usize).min(aw.saturating_sub(1));
        let row = (texel_y.floor().max(0.0) as usize).min(ah.saturating_sub(1));
        atlas.pixels.get(row * aw + column).map_or(0, Color32::a)
    };
    let [red, green, blue, alpha] = colour.to_array();
    for y in y0..y1 {
        let across_y = (y as f32 + 0.5 - pos.min.y) / pos.height();
        let texel_y = uv.min.y + across_y * uv.height();
        for x in x0..x1 {
            let across_x = (x as f32 + 0.5 - pos.min.x) / pos.width();
            let texel_x = uv.min.x + across_x * uv.width();
            let coverage = u32::from(sample(texel_x, texel_y)) * u32::from(alpha) / 255;
            if coverage == 0 {
                continue;
            }
            let under = image.get_pixel(x, y).0;
            let mix = |top: u8, bottom: u8| {
                ((u32::from(top) * coverage + u32::from(bottom) * (255 - coverage)) / 255) as u8
            };
            image.put_pixel(
                x,
                y,
                Rgba([
                    mix(red, under[0]),
                    mix(green, under[1]),
                    mix(blue, under[2]),
                    255,
                ]),
            );
        }
    }
}
