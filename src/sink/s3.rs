//! The sink of a prefix in an S3-compatible bucket (`--out s3://bucket/prefix`): AWS S3,
//! Cloudflare R2, MinIO, Ceph, through the `object_store` crate.
//!
//! - **Credentials** come from the environment only, as every AWS tool reads them
//!   (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION`, web
//!   identity as EKS gives a pod: `AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN`);
//!   `AWS_ENDPOINT_URL` names another service. Never from `recap.toml`, and never shown: every
//!   message this module makes has the secret and the session token blanked out.
//! - **Each object whole or not at all**: one PUT per file (a multipart upload, aborted on
//!   failure, only above [`MULTIPART_ABOVE`]), with its `Content-Type` and the configured
//!   `Cache-Control`, and its sha256 as metadata (`x-amz-meta-sha256`), which a rerun reads
//!   back with a HEAD to trust the object ([`Sink::verify`]).
//! - **Uploads overlap rendering**: [`Sink::put`] hands the bytes to a task on this sink's own
//!   runtime and returns; at most `[storage] uploads` are in flight, and a worker that would
//!   start one more waits, so memory stays flat however slow the bucket.
//! - **Retries**: throttling (503 SlowDown), server errors and dropped connections are retried
//!   with exponential backoff (object_store's `RetryConfig`, `[storage] retries` and
//!   `retry_timeout`); an upload that still fails fails its account, with the reason.

use std::io::{self, Read, Write as _};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as Key;
use object_store::{
    Attribute, AttributeValue, Attributes, BackoffConfig, ClientOptions, GetOptions, ObjectStore,
    ObjectStoreExt, PutMultipartOptions, PutOptions, PutPayload, RetryConfig, WriteMultipart,
};
use tokio::sync::Semaphore;

use super::{Sink, Write, segments};
use crate::config::StorageConfig;
use crate::document::content_type;
use crate::error::{Error, Result};

/// Files larger than this are uploaded in parts ([`PART`] each); smaller ones with one PUT.
pub const MULTIPART_ABOVE: usize = 64 * 1024 * 1024;
const PART: usize = 16 * 1024 * 1024;

/// A prefix of a bucket.
pub struct S3Sink {
    store: Arc<AmazonS3>,
    /// The same bucket with more retries, for [`Sink::put_with`].
    patient: Arc<AmazonS3>,
    bucket: String,
    /// `runs/wrapped/2026`, or empty for the bucket's root.
    prefix: String,
    runtime: tokio::runtime::Runtime,
    slots: Arc<Semaphore>,
    cache_control: Option<String>,
    scratch: tempfile::TempDir,
}

/// The values a message must never show: the secret key and the session token.
fn secrets() -> Vec<String> {
    ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .filter(|v| v.len() >= 4)
        .collect()
}

/// `text` with every secret blanked out.
fn scrub(text: &str) -> String {
    scrub_with(text, &secrets())
}

fn scrub_with(text: &str, secrets: &[String]) -> String {
    secrets
        .iter()
        .fold(text.to_string(), |t, s| t.replace(s.as_str(), "[secret]"))
}

/// The endpoint the environment names (`AWS_ENDPOINT_URL`, as the AWS CLI reads it).
fn endpoint() -> Option<String> {
    ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_ENDPOINT"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
}

fn store(bucket: &str, retry: RetryConfig) -> Result<AmazonS3> {
    let mut client = ClientOptions::new()
        .with_connect_timeout(Duration::from_secs(5))
        .with_timeout(Duration::from_secs(60));
    let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
    if let Some(url) = endpoint() {
        // A local MinIO or moto speaks plain http: the user chose it by naming it.
        client = client.with_allow_http(url.starts_with("http://"));
        builder = builder.with_endpoint(url);
    }
    builder
        .with_client_options(client)
        .with_retry(retry)
        .build()
        .map_err(|e| {
            Error::Config(format!(
                "cannot use the bucket {bucket:?}: {}; set the AWS_* environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ENDPOINT_URL for another service than AWS).",
                scrub(&e.to_string())
            ))
        })
}

impl S3Sink {
    /// The sink for `s3://bucket/prefix`, checked by writing and removing a probe object
    /// under the prefix's `.recap/`: a missing bucket, credentials it refuses or an endpoint
    /// that does not answer is an error saying so, naming the bucket.
    pub fn open(bucket: &str, prefix: &str, storage: &StorageConfig) -> Result<S3Sink> {
        let sink = S3Sink::reader(bucket, prefix, storage)?;
        sink.probe()?;
        Ok(sink)
    }

    /// The sink for `s3://bucket/prefix`, not checked: to read a file from it.
    pub fn reader(bucket: &str, prefix: &str, storage: &StorageConfig) -> Result<S3Sink> {
        let retry = RetryConfig {
            backoff: BackoffConfig {
                init_backoff: Duration::from_millis(100),
                max_backoff: Duration::from_secs(5),
                base: 2.0,
            },
            max_retries: storage.retries,
            retry_timeout: Duration::from_secs(storage.retry_timeout),
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("recap-upload")
            .enable_all()
            .build()
            .map_err(|e| Error::Io(format!("could not start the uploads: {e}")))?;
        let scratch = tempfile::Builder::new()
            .prefix("recap-s3-")
            .tempdir()
            .map_err(|e| Error::Io(format!("could not create a temporary folder: {e}")))?;
        // The run's own files (manifests, summary) wait longer for a bucket that went away:
        // they say what became of every account.
        let patient = RetryConfig {
            max_retries: retry.max_retries.max(10),
            retry_timeout: retry.retry_timeout.max(Duration::from_secs(60)),
            backoff: retry.backoff.clone(),
        };
        Ok(S3Sink {
            patient: Arc::new(store(bucket, patient)?),
            store: Arc::new(store(bucket, retry)?),
            bucket: bucket.to_string(),
            prefix: prefix.to_string(),
            runtime,
            slots: Arc::new(Semaphore::new(storage.uploads.max(1))),
            cache_control: storage.cache_control.clone(),
            scratch,
        })
    }

    /// Writes and deletes `.recap/.write-test`, with few retries: at the start of a run a
    /// fault is reported in seconds, not after the minutes an upload may retry for.
    fn probe(&self) -> Result<()> {
        let retry = RetryConfig {
            backoff: BackoffConfig {
                init_backoff: Duration::from_millis(100),
                max_backoff: Duration::from_secs(1),
                base: 2.0,
            },
            max_retries: 2,
            retry_timeout: Duration::from_secs(10),
        };
        let probe = store(&self.bucket, retry)?;
        let key = self.key(".recap/.write-test")?;
        let result = self.runtime.block_on(async {
            probe
                .put(&key, PutPayload::from_static(b"ok"))
                .await
                .map(drop)?;
            probe.delete(&key).await
        });
        result.map_err(|e| {
            Error::Config(format!(
                "cannot write to the bucket {:?} ({}): {}.",
                self.bucket,
                self.location(),
                cause(&e)
            ))
        })
    }

    /// The object key of the file `name`.
    fn key(&self, name: &str) -> Result<Key> {
        let parts = segments(name)?;
        let key = if self.prefix.is_empty() {
            parts.join("/")
        } else {
            format!("{}/{}", self.prefix, parts.join("/"))
        };
        Key::parse(&key).map_err(|e| Error::Io(format!("recap will not write {name:?}: {e}")))
    }

    fn attributes(&self, name: &str, sha256: Option<String>) -> Attributes {
        let mut a = Attributes::new();
        a.insert(Attribute::ContentType, content_type(name).into());
        if let Some(cc) = &self.cache_control {
            a.insert(Attribute::CacheControl, AttributeValue::from(cc.clone()));
        }
        if let Some(sha) = sha256 {
            a.insert(Attribute::Metadata("sha256".into()), sha.into());
        }
        a
    }

    /// What a failed write of `name` says.
    fn failure(&self, name: &str, e: &object_store::Error) -> String {
        format!("could not upload {}/{name}: {}", self.location(), cause(e))
    }
}

/// The cause of a failed request, in words: the S3 error code when the server gave one, else
/// the innermost error (connection refused, a timeout); secrets blanked out.
fn cause(e: &object_store::Error) -> String {
    let text = scrub(&e.to_string());
    let known = [
        ("NoSuchBucket", "the bucket does not exist"),
        (
            "InvalidAccessKeyId",
            "the server does not know the access key (check AWS_ACCESS_KEY_ID)",
        ),
        (
            "SignatureDoesNotMatch",
            "the secret key does not match the access key (check AWS_SECRET_ACCESS_KEY)",
        ),
        (
            "AccessDenied",
            "the credentials are not allowed to write there",
        ),
        ("ExpiredToken", "the session token has expired"),
        ("SlowDown", "the server kept asking to slow down"),
    ];
    if let Some((code, words)) = known.iter().find(|(code, _)| text.contains(code)) {
        return format!("{words} ({code})");
    }
    let mut inner: &dyn std::error::Error = e;
    while let Some(next) = inner.source() {
        inner = next;
    }
    let innermost = scrub(&inner.to_string());
    let reached = !text.contains("error sending request") && !text.contains("connect");
    let mut words = if reached {
        text.clone()
    } else {
        format!(
            "the endpoint {} cannot be reached ({innermost})",
            endpoint().unwrap_or_else(|| "of AWS S3".into())
        )
    };
    if !reached
        && let Some(retries) = text.find("Error after ").map(|i| &text[i..])
        && let Some(end) = retries.find(", source")
    {
        words.push_str(&format!(" [{}]", &retries[..end]));
    }
    words.chars().take(400).collect()
}

/// Uploads `bytes` to `key`: one PUT, or a multipart upload for a large file (aborted when a
/// part fails, so no partial object is left).
async fn upload(
    store: &AmazonS3,
    key: &Key,
    bytes: Vec<u8>,
    attributes: Attributes,
) -> object_store::Result<()> {
    if bytes.len() <= MULTIPART_ABOVE {
        let opts = PutOptions {
            attributes,
            ..Default::default()
        };
        return store
            .put_opts(key, PutPayload::from(bytes), opts)
            .await
            .map(drop);
    }
    let opts = PutMultipartOptions {
        attributes,
        ..Default::default()
    };
    let parts = store.put_multipart_opts(key, opts).await?;
    let mut w = WriteMultipart::new_with_chunk_size(parts, PART);
    for chunk in bytes.chunks(PART) {
        if let Err(e) = w.wait_for_capacity(4).await {
            let _ = w.abort().await;
            return Err(e);
        }
        w.write(chunk);
    }
    w.finish().await.map(drop)
}

impl Sink for S3Sink {
    fn location(&self) -> String {
        if self.prefix.is_empty() {
            format!("s3://{}", self.bucket)
        } else {
            format!("s3://{}/{}", self.bucket, self.prefix)
        }
    }

    fn put(&self, name: &str, bytes: Vec<u8>) -> Write {
        let key = match self.key(name) {
            Ok(k) => k,
            Err(e) => return Write::done(Err(e)),
        };
        let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
        let attributes = self.attributes(name, Some(sha));
        // Waits here while `[storage] uploads` are in flight: the worker renders no more
        // until one is done, so a slow bucket never piles documents up in memory.
        let permit = self
            .runtime
            .block_on(Arc::clone(&self.slots).acquire_owned());
        let (tx, rx) = std::sync::mpsc::channel();
        let store = Arc::clone(&self.store);
        let location = self.location();
        let name = name.to_string();
        self.runtime.spawn(async move {
            let result = upload(&store, &key, bytes, attributes).await;
            drop(permit);
            let _ = tx.send(
                result.map_err(|e| format!("could not upload {location}/{name}: {}", cause(&e))),
            );
        });
        Write::running(rx)
    }

    fn put_with(
        &self,
        name: &str,
        fill: &mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<()> {
        // Written to a local file first (a manifest may be larger than memory should hold),
        // then uploaded whole.
        let failed = |e: io::Error| Error::Io(format!("could not write {name}: {e}"));
        let mut tmp = tempfile::tempfile_in(self.scratch.path()).map_err(failed)?;
        {
            let mut w = io::BufWriter::new(&mut tmp);
            fill(&mut w).and_then(|()| w.flush()).map_err(failed)?;
        }
        let key = self.key(name)?;
        let mut bytes = Vec::new();
        io::Seek::rewind(&mut tmp)
            .and_then(|()| tmp.read_to_end(&mut bytes))
            .map_err(failed)?;
        let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
        let attributes = self.attributes(name, Some(sha));
        self.runtime
            .block_on(upload(&self.patient, &key, bytes, attributes))
            .map_err(|e| Error::Io(self.failure(name, &e)))
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
        let key = self.key(name)?;
        let result = self.runtime.block_on(async {
            match self.store.get(&key).await {
                Ok(r) => r.bytes().await.map(Some),
                Err(object_store::Error::NotFound { .. }) => Ok(None),
                Err(e) => Err(e),
            }
        });
        result.map(|b| b.map(|b| b.to_vec())).map_err(|e| {
            Error::Io(format!(
                "could not read {}/{name}: {}",
                self.location(),
                cause(&e)
            ))
        })
    }

    fn verify(&self, name: &str, sha256: &str) -> Option<u64> {
        self.verify_all(&[(name, sha256)])
    }

    /// One HEAD a file, side by side: the object's size when its `x-amz-meta-sha256` is
    /// `sha256` (written with it by [`Sink::put`]).
    fn verify_all(&self, files: &[(&str, &str)]) -> Option<u64> {
        let mut heads = Vec::with_capacity(files.len());
        for (name, sha256) in files {
            let key = self.key(name).ok()?;
            let (store, sha256) = (Arc::clone(&self.store), sha256.to_string());
            heads.push(self.runtime.spawn(async move {
                let head = GetOptions {
                    head: true,
                    ..Default::default()
                };
                let r = store.get_opts(&key, head).await.ok()?;
                let stored = r.attributes.get(&Attribute::Metadata("sha256".into()))?;
                (stored.as_ref() == sha256).then_some(r.meta.size)
            }));
        }
        self.runtime.block_on(async {
            let mut total = 0;
            for head in heads {
                total += head.await.ok()??;
            }
            Some(total)
        })
    }

    fn remove(&self, name: &str) {
        if let Ok(key) = self.key(name) {
            let _ = self.runtime.block_on(self.store.delete(&key));
        }
    }

    fn sync(&self) -> Result<()> {
        // A PUT is answered once the object is stored durably: nothing more to wait for.
        Ok(())
    }

    fn scratch(&self) -> &Path {
        self.scratch.path()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_blanked_out() {
        let secrets = ["tok-RECAP-TEST-SESSION".to_string()];
        assert_eq!(
            scrub_with("x tok-RECAP-TEST-SESSION y", &secrets),
            "x [secret] y"
        );
    }
}
