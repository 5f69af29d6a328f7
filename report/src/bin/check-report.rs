//! `cargo run -p report --bin check-report -- public/data/report.json`: checks a report
//! file and prints every problem. The logic lives in `report::check`.

use std::process::ExitCode;

use report::check;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let run = check::run(&args, |path| std::fs::read_to_string(path));
    print!("{}", run.stdout);
    eprint!("{}", run.stderr);
    ExitCode::from(run.code)
}
