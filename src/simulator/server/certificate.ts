import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

import { generate } from "selfsigned";

export interface LocalCertificate {
  /** PEM private key. */
  readonly key: string;
  /** PEM certificate for localhost and 127.0.0.1. */
  readonly cert: string;
  /** The certificate file, to trust on a machine that runs real Outlook. */
  readonly certPath: string;
  /** True when it was made just now (a machine that trusted the old one must trust this one). */
  readonly created: boolean;
}

/** Certificates are remade this long before they expire, so a running server does not outlive one. */
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;
const VALID_DAYS = 365;

/**
 * The development server's certificate: reused from `certDir` while it is valid for localhost, otherwise
 * made here with a new key (nothing is downloaded) and saved as localhost.crt and localhost.key.
 */
export async function loadOrCreateCertificate(certDir: string): Promise<LocalCertificate> {
  const certPath = resolve(certDir, "localhost.crt");
  const keyPath = resolve(certDir, "localhost.key");
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, "utf8");
    const key = readFileSync(keyPath, "utf8");
    if (isUsable(cert)) return { key, cert, certPath, created: false };
  }
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  mkdirSync(certDir, { recursive: true });
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  writeFileSync(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert, certPath, created: true };
}

function isUsable(pem: string): boolean {
  try {
    const certificate = new X509Certificate(pem);
    const expires = new Date(certificate.validTo).getTime();
    return expires - Date.now() > RENEW_BEFORE_MS && certificate.checkHost("localhost") !== undefined;
  } catch {
    return false;
  }
}
