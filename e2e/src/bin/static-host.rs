//! Serves a built site like a plain static host, for looking at it by hand:
//! `cargo run -p e2e --bin static-host -- dist /reports/micra/ 8765`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, base, port] = args.as_slice() else {
        eprintln!("usage: static-host <site folder> <base path> <port>");
        std::process::exit(2);
    };
    let port: u16 = port.parse().unwrap_or_else(|_| {
        eprintln!("static-host: `{port}` is not a port number");
        std::process::exit(2);
    });
    let host = e2e::StaticHost::start_on(std::path::Path::new(site), base, port);
    println!("serving {site} at {}", host.url(""));
    loop {
        std::thread::park();
    }
}
