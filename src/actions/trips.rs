//! Trips and exchange rates: add, change, remove, and a trip's summary as a file.

use std::path::Path;

use super::{Outcome, shown};
use crate::command::TripFormat;
use crate::formats;
use crate::i18n::{I18n, Msg};
use crate::model::{Archive, Rate, RateId, Trip, TripId};

/// Adds a trip, or changes the trip with the same id. Refused without a
/// name, with another trip's name, or ending before it starts.
pub fn save_trip(archive: &mut Archive, mut trip: Trip) -> Outcome {
    trip.name = String::from(trip.name.trim());
    if trip.name.is_empty() {
        return Outcome::failed(Msg::new("trip-need-name"));
    }
    if trip.end < trip.start {
        return Outcome::failed(Msg::new("trip-end-before-start"));
    }
    let taken = archive
        .trips
        .iter()
        .any(|t| t.id != trip.id && t.name.trim().eq_ignore_ascii_case(&trip.name));
    if taken {
        return Outcome::failed(Msg::new("trip-name-taken").arg("name", trip.name.as_str()));
    }
    if archive.trip(trip.id) == Some(&trip) {
        return Outcome::nothing();
    }
    let msg = Msg::new("trip-saved").arg("name", trip.name.as_str());
    archive.upsert_trip(trip);
    Outcome::success(true, msg)
}

/// Removes a trip; its receipts stay.
pub fn delete_trip(archive: &mut Archive, id: TripId) -> Outcome {
    match archive.delete_trip(id) {
        Some(trip) => Outcome::success(
            true,
            Msg::new("trip-deleted").arg("name", trip.name.as_str()),
        ),
        None => Outcome::nothing(),
    }
}

/// Adds a rate, or changes the rate with the same id. Refused when it is not
/// above zero or converts a currency into itself.
pub fn save_rate(archive: &mut Archive, rate: Rate) -> Outcome {
    if rate.rate <= rust_decimal::Decimal::ZERO {
        return Outcome::failed(Msg::new("rate-not-positive"));
    }
    if rate.from == rate.to {
        return Outcome::failed(Msg::new("rate-same-currency"));
    }
    let msg = Msg::new("rate-saved")
        .arg("from", rate.from.code())
        .arg("to", rate.to.code());
    archive.upsert_rate(rate);
    Outcome::success(true, msg)
}

/// Removes a rate.
pub fn delete_rate(archive: &mut Archive, id: RateId) -> Outcome {
    match archive.delete_rate(id) {
        Some(_) => Outcome::changed(),
        None => Outcome::nothing(),
    }
}

/// Writes a trip's summary: CSV, or an HTML page in the language of `tr`.
pub fn export_trip(
    archive: &Archive,
    id: TripId,
    format: TripFormat,
    file: &Path,
    tr: &I18n,
) -> Outcome {
    let Some(trip) = archive.trip(id) else {
        return Outcome::nothing();
    };
    let text = match format {
        TripFormat::Csv => formats::trip::csv(archive, trip),
        TripFormat::Html => Ok(formats::trip::html(archive, trip, tr)),
    };
    match text.and_then(|text| formats::write_file(file, &text)) {
        Ok(()) => Outcome::success(false, Msg::new("trip-exported").arg("path", shown(file))),
        Err(msg) => Outcome::failed(msg),
    }
}
