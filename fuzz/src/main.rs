//! `cargo run -p micra-flins-fuzz -- <cases> <date>`:
//! runs the reliability checks (this crate's library) on `cases` generated
//! reports and prints docs/reliability.md; exits 1 when a promise broke.
//! `cargo xtask fuzz N` runs it and writes the file.

use micra_flins_fuzz::run;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [cases, date] = args.as_slice() else {
        eprintln!("usage: micra-flins-fuzz <number of generated reports> <date, YYYY-MM-DD>");
        return ExitCode::from(2);
    };
    let Ok(cases) = cases.parse::<u64>() else {
        eprintln!("micra-flins-fuzz: {cases:?} is not a number of reports");
        return ExitCode::from(2);
    };
    let figures = run(0, cases);
    print!(
        "{}",
        figures.markdown(&format!("cargo xtask fuzz {cases}"), date)
    );
    if figures.clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
