//! Tests of reading what people type.
use super::*;

#[test]
fn a_form_starts_in_the_zone_of_the_first_known_moment() {
    let shanghai: Zoned = "2026-11-30T23:59:00+08:00[Asia/Shanghai]".parse().unwrap();
    let utc: Zoned = "2026-11-30T23:59:00+00:00[UTC]".parse().unwrap();
    assert_eq!(zone_name_of([Some(&shanghai), Some(&utc)]), "Asia/Shanghai");
    assert_eq!(zone_name_of([None, Some(&utc)]), "UTC");
    assert_eq!(zone_name_of([None, None]), JAPAN_ZONE);
}

#[test]
fn dates_times_and_zones() {
    assert_eq!(
        parse_date("2026/11/30").unwrap(),
        Date::constant(2026, 11, 30)
    );
    assert!(parse_date("30.11.2026x").is_err());
    assert!(parse_date("2026-02-30").is_err());
    assert_eq!(parse_time("9:05").unwrap(), Time::constant(9, 5, 0, 0));
    assert!(parse_time("24:00").is_err());
    assert!(parse_time("noon").is_err());
    assert!(parse_zone("Mars/Olympus").is_err());
    let end = parse_moment("2026-11-30", "", "Asia/Tokyo")
        .unwrap()
        .unwrap();
    assert_eq!(end.to_string(), "2026-11-30T23:59:00+09:00[Asia/Tokyo]");
    assert_eq!(parse_moment(" ", "10:00", "Asia/Tokyo").unwrap(), None);
}

#[test]
fn data_amounts_read_and_show_the_same() {
    assert_eq!(parse_data_mb("3").unwrap(), Some(3 * 1024));
    assert_eq!(parse_data_mb("1.5 GB").unwrap(), Some(1536));
    assert_eq!(parse_data_mb("500MB").unwrap(), Some(500));
    assert_eq!(parse_data_mb("").unwrap(), None);
    assert!(parse_data_mb("lots").is_err());
    assert!(parse_data_mb("-1").is_err());
    for mb in [0, 500, 1024, 1536, 3072, 1000, 20 * 1024] {
        assert_eq!(
            parse_data_mb(&format_data_mb(mb)).unwrap(),
            Some(mb),
            "{mb}"
        );
    }
}

#[test]
fn data_amounts_display_rounded() {
    assert_eq!(display_data_mb(1200), "1.2 GB");
    assert_eq!(display_data_mb(14 * 1024), "14 GB");
    assert_eq!(display_data_mb(850), "850 MB");
    assert_eq!(display_data_mb(1023), "1023 MB");
}

#[test]
fn data_reads_back_as_it_was_written() {
    for written in ["1.2 GB", "3 GB", "1.5 GB", "500 MB", "20 GB", "3000 MB"] {
        let mb = parse_data_mb(written).unwrap().unwrap();
        assert_eq!(format_data_mb(mb), written, "{mb} MB");
    }
}
