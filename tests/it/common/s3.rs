//! A real S3 API server for the tests that write to a bucket: moto's server mode
//! (`tests/tools/s3_server.py`) on 127.0.0.1, checking every request's signature, with an IAM
//! user whose key the test gives recap; and the proxy the fault tests put in front of it
//! (`tests/tools/s3_proxy.py`). The bucket is read back with boto3, not with recap.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

use serde_json::Value;

use super::checkers;

fn tool(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tools")
        .join(name)
}

/// Spawns `cmd` (with a pipe as its standard input: it stops when the test goes away) and
/// reads the port it prints first.
fn spawn_with_port(mut cmd: Command, what: &str, log: &Path) -> (Child, u16) {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let stdout: ChildStdout = child.stdout.take().unwrap();
    let mut line = String::new();
    let read = std::io::BufReader::new(stdout).read_line(&mut line);
    let Ok(port) = line.trim().parse() else {
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "{what} did not start ({read:?}, {line:?}): {}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
    };
    (child, port)
}

/// moto on 127.0.0.1 with one bucket, `recap-test`, and an IAM user allowed everything;
/// killed on drop.
pub struct S3Server {
    child: Child,
    pub port: u16,
    pub access_key: String,
    /// The user's secret key (moto made it): the tests look for it in everything recap wrote.
    pub secret: String,
    python: PathBuf,
    dir: tempfile::TempDir,
}

pub const BUCKET: &str = "recap-test";

impl S3Server {
    /// `None` when Python or moto cannot be had (the test is skipped, see [`checkers`]).
    pub fn start() -> Option<S3Server> {
        let python = checkers::python("an S3 server (moto)")?;
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = Command::new(&python);
        // The user, its policy, its key and the bucket are made unsigned; every request after
        // them must be signed with a key moto knows.
        cmd.arg(tool("s3_server.py"))
            .env("INITIAL_NO_AUTH_ACTION_COUNT", "4");
        let (child, port) = spawn_with_port(cmd, "moto", &dir.path().join("moto.log"));
        let mut server = S3Server {
            child,
            port,
            access_key: String::new(),
            secret: String::new(),
            python,
            dir,
        };
        let made = server.boto(
            r#"
import json, sys, boto3
kw = dict(endpoint_url=sys.argv[1], region_name="us-east-1",
          aws_access_key_id="AKIASETUP", aws_secret_access_key="setup")
iam = boto3.client("iam", **kw)
iam.create_user(UserName="recap")
iam.put_user_policy(UserName="recap", PolicyName="all", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
key = iam.create_access_key(UserName="recap")["AccessKey"]
boto3.client("s3", **kw).create_bucket(Bucket=sys.argv[2])
print(json.dumps({"id": key["AccessKeyId"], "secret": key["SecretAccessKey"]}))
"#,
            &[&server.endpoint(), BUCKET],
        );
        server.access_key = made["id"].as_str().unwrap().to_string();
        server.secret = made["secret"].as_str().unwrap().to_string();
        Some(server)
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Runs a boto3 `script` (argv[1..] = `args`) and parses the JSON it prints.
    pub fn boto(&self, script: &str, args: &[&str]) -> Value {
        let out = Command::new(&self.python)
            .arg("-c")
            .arg(script)
            .args(args)
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .output()
            .expect("run python");
        assert!(
            out.status.success(),
            "boto3: {}\nmoto: {}",
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(self.dir.path().join("moto.log")).unwrap_or_default()
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "boto3 printed {e}: {}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Every object under `prefix`, by key: size, sha256 of its bytes, content type,
    /// Cache-Control and metadata, as boto3 reads them; and the bytes of every object in
    /// `dump` (a folder the objects are written to, by key).
    pub fn objects(&self, prefix: &str, dump: &Path) -> Value {
        self.boto(
            r#"
import hashlib, json, os, sys, boto3
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1",
                  aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])
out = {}
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=sys.argv[4], Prefix=sys.argv[5]):
    for o in page.get("Contents", []):
        r = s3.get_object(Bucket=sys.argv[4], Key=o["Key"])
        body = r["Body"].read()
        path = os.path.join(sys.argv[6], o["Key"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(body)
        out[o["Key"]] = {"size": len(body), "sha256": hashlib.sha256(body).hexdigest(),
                         "content_type": r.get("ContentType"),
                         "cache_control": r.get("CacheControl"),
                         "metadata": r.get("Metadata", {})}
print(json.dumps(out))
"#,
            &[
                &self.endpoint(),
                &self.access_key,
                &self.secret,
                BUCKET,
                prefix,
                dump.to_str().unwrap(),
            ],
        )
    }

    /// The AWS environment recap gets to reach this server (`endpoint`: the server's own
    /// address, or a proxy's): only these, so nothing of the test machine's own leaks in and
    /// nothing ever asks the instance-metadata address.
    pub fn env(&self, cmd: &mut Command, endpoint: &str) {
        for (k, _) in std::env::vars() {
            if k.starts_with("AWS_") {
                cmd.env_remove(k);
            }
        }
        cmd.env("AWS_ACCESS_KEY_ID", &self.access_key)
            .env("AWS_SECRET_ACCESS_KEY", &self.secret)
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL", endpoint)
            .env("AWS_EC2_METADATA_DISABLED", "true");
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `tests/tools/s3_proxy.py` in front of an [`S3Server`]: it can answer 503 SlowDown, drop
/// connections, be stopped and started again on the same port; it logs every request.
pub struct Proxy {
    child: Option<Child>,
    pub port: u16,
    upstream: u16,
    python: PathBuf,
    pub log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Proxy {
    pub fn start(server: &S3Server, options: &[&str]) -> Proxy {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("requests.log");
        let mut proxy = Proxy {
            child: None,
            port: 0,
            upstream: server.port,
            python: server.python.clone(),
            log,
            _dir: dir,
        };
        proxy.run(options);
        proxy
    }

    fn run(&mut self, options: &[&str]) {
        let mut cmd = Command::new(&self.python);
        cmd.arg(tool("s3_proxy.py"))
            .arg(self.port.to_string())
            .arg(self.upstream.to_string())
            .arg(&self.log)
            .arg("--exit-on-stdin-eof")
            .args(options);
        let (child, port) = spawn_with_port(cmd, "the S3 proxy", &self.log.with_extension("err"));
        self.child = Some(child);
        self.port = port;
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Stops the proxy: the server is unreachable (connections refused) until [`Self::restart`].
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts it again on the same port, with no faults.
    pub fn restart(&mut self) {
        self.stop();
        self.run(&[]);
    }

    /// The requests answered so far: (status, method, path).
    pub fn requests(&self) -> Vec<(String, String, String)> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let mut p = l.splitn(3, ' ');
                Some((p.next()?.into(), p.next()?.into(), p.next()?.into()))
            })
            .collect()
    }

    /// Forgets the requests logged so far.
    pub fn clear(&self) {
        let _ = std::fs::write(&self.log, "");
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop();
    }
}
