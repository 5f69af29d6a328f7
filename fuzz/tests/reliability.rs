//! A fast share of `cargo xtask fuzz` on every test run: generated reports
//! through the whole pipeline and hostile addresses, with nothing going
//! wrong (the crate's library has the checks).

use micra_flins_fuzz::{SCRIPT_IN_TEXT, generated_report, run};

#[test]
fn generated_reports_and_hostile_addresses_break_no_promise() {
    let figures = run(0, 12);
    assert!(figures.clean(), "{figures:#?}");
    assert_eq!(figures.reports, 12);
    assert!(
        figures.valid > 0,
        "some generated reports are valid: {figures:#?}"
    );
    assert!(figures.addresses >= 10, "{figures:#?}");
    assert!(figures.largest_bytes > 500_000, "{figures:#?}");
}

#[test]
fn a_case_is_the_same_report_each_time_and_cases_differ() {
    assert_eq!(generated_report(3), generated_report(3));
    assert_ne!(generated_report(3), generated_report(4));
    let any_markup = (0..40).any(|case| generated_report(case).contains(SCRIPT_IN_TEXT));
    assert!(any_markup, "the generator puts markup in the text");
}
