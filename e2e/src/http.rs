//! A bare HTTP GET over a socket, for the tests of hosts and servers: the
//! answer exactly as sent (no redirect followed, nothing decoded).

use std::io::{Read, Write};

/// The answer to a GET of `path` from `address` (`127.0.0.1:8080`), with
/// `headers` (lines each ending in `\r\n`) added: its head and its body.
/// HTTP/1.0 and `Connection: close`, so that the server sends the body
/// unchunked and ends it by closing.
pub fn get(address: &str, path: &str, headers: &str) -> std::io::Result<(String, Vec<u8>)> {
    let mut stream = std::net::TcpStream::connect(address)?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: {address}\r\nConnection: close\r\n{headers}\r\n"
    )?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let split = answer
        .windows(4)
        .position(|four| four == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("an answer without a blank line after its head"))?;
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    Ok((head, answer[split + 4..].to_vec()))
}
