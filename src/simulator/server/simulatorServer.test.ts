import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MS_AJAX_STAND_IN_FILE, OFFICE_JS_DIST_DIR } from "../officeJsHost/officeJsFiles.ts";

import { OFFICE_JS_CDN_URL } from "./officeScriptSwap.ts";
import { createSimulatorServer } from "./simulatorServer.ts";
import type { SimulatorServer } from "./simulatorServer.ts";

const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self' https://appsforoffice.microsoft.com">
<script src="${OFFICE_JS_CDN_URL}"></script><script src="events.js"></script></head><body></body></html>`;

let folder: string;
let certDir: string;
let server: SimulatorServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that trusts only the server's own certificate, so a wrong host name in it fails the request. */
function get(path: string, host = "localhost", headers: Record<string, string> = {}): Promise<Reply> {
  const ca = readFileSync(server.certPath);
  return new Promise((resolve, reject) => {
    const req = request(
      { host, port: server.port, path, ca, headers, servername: host === "localhost" ? host : undefined },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "bcc-guard-server-"));
  certDir = join(folder, "certs");
  mkdirSync(join(folder, "dist/assets"), { recursive: true });
  mkdirSync(join(folder, "sim/fake-office"), { recursive: true });
  writeFileSync(join(folder, "dist/events.html"), page);
  writeFileSync(join(folder, "dist/events.js"), "/* events */");
  writeFileSync(join(folder, "dist/manifest.xml"), "<OfficeApp/>");
  writeFileSync(join(folder, "dist/assets/icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(folder, "sim/simulator.html"), "<title>simulator</title>");
  writeFileSync(join(folder, "sim/fake-office/office.js"), "/* fake */");
  writeFileSync(join(folder, "secret.txt"), "outside");
  server = await createSimulatorServer({
    port: 0,
    distDir: join(folder, "dist"),
    simulatorDir: join(folder, "sim"),
    certDir,
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("simulator server", () => {
  it("serves the add-in over HTTPS with a certificate valid for localhost and 127.0.0.1", async () => {
    expect(server.certificateCreated).toBe(true);
    const reply = await get("/events.html");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect((await get("/manifest.xml", "127.0.0.1")).status).toBe(200);
  });

  it("serves the built pages byte for byte at the root, for real Outlook", async () => {
    expect((await get("/events.html")).body.toString()).toBe(page);
    expect((await get("/assets/icon-16.png")).headers["content-type"]).toBe("image/png");
  });

  it("serves the pages under /addin/ with Office.js from this server, after the MicrosoftAjax stand-in", async () => {
    const served = (await get("/addin/events.html")).body.toString();
    expect(served).toBe(
      page.replace(
        `<script src="${OFFICE_JS_CDN_URL}">`,
        '<script src="/ms-ajax/MicrosoftAjax.js"></script><script src="/office-js/office.js">',
      ),
    );
    expect((await get("/addin/events.js")).body.toString()).toBe("/* events */");
  });

  it("serves Microsoft's Office.js folder from node_modules unchanged, and nothing outside it", async () => {
    const officeJs = await get("/office-js/office.js");
    expect(officeJs.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(officeJs.body.equals(readFileSync(join(OFFICE_JS_DIST_DIR, "office.js")))).toBe(true);
    const strings = await get("/office-js/en-us/outlook_strings.js");
    expect(strings.body.equals(readFileSync(join(OFFICE_JS_DIST_DIR, "en-us/outlook_strings.js")))).toBe(true);
    expect((await get("/ms-ajax/MicrosoftAjax.js")).body.toString()).toBe(readFileSync(MS_AJAX_STAND_IN_FILE, "utf8"));
    for (const path of ["/office-js/", "/office-js/..%2fpackage.json", "/office-js/no-such-file.js"]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it("serves the pages under /addin-fake/ with only the Office.js URL pointed at the fake", async () => {
    const swapped = (await get("/addin-fake/events.html")).body.toString();
    expect(swapped).toBe(page.replace(OFFICE_JS_CDN_URL, "/fake-office/office.js"));
    expect((await get("/fake-office/office.js")).body.toString()).toBe("/* fake */");
  });

  it("lets the browser keep a file it has until the file changes (304 for an unchanged one)", async () => {
    const first = await get("/office-js/office.js");
    const etag = String(first.headers.etag);
    expect(first.headers["cache-control"]).toBe("no-cache");
    expect((await get("/office-js/office.js", "localhost", { "If-None-Match": etag })).status).toBe(304);

    // A rebuilt file is sent again in full.
    const js = join(folder, "dist/events.js");
    const before = await get("/events.js");
    writeFileSync(js, "/* events, rebuilt */");
    try {
      const rebuilt = await get("/events.js", "localhost", { "If-None-Match": String(before.headers.etag) });
      expect(rebuilt.status).toBe(200);
      expect(rebuilt.body.toString()).toBe("/* events, rebuilt */");
    } finally {
      writeFileSync(js, "/* events */");
    }
  });

  it("sends / to the simulator", async () => {
    const reply = await get("/");
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe("/simulator.html");
    expect((await get("/simulator.html")).body.toString()).toContain("simulator");
  });

  it("refuses paths that leave the served folders", async () => {
    const escapes = [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/addin/..%2f..%2fsecret.txt",
      "/addin-fake/..%2f..%2fsecret.txt",
    ];
    for (const path of escapes) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
    }
  });

  it("tells the simulator page which policy it was built with (null for the default policy)", async () => {
    expect(JSON.parse((await get("/simulator-info.json")).body.toString())).toEqual({ policyFile: null });
  });

  it("a second server refuses a port in use, reuses the certificate and shows its own policy; the first keeps its own", async () => {
    await expect(
      createSimulatorServer({
        port: server.port,
        distDir: join(folder, "dist"),
        simulatorDir: join(folder, "sim"),
        certDir,
      }),
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
    const again = await createSimulatorServer({
      port: 0,
      distDir: join(folder, "dist"),
      simulatorDir: join(folder, "sim"),
      certDir,
      policyFile: "policy/examples/healthcare.json",
    });
    try {
      expect(again.certificateCreated).toBe(false);
      expect(readFileSync(again.certPath, "utf8")).toBe(readFileSync(server.certPath, "utf8"));
      const info = await new Promise<string>((resolve, reject) => {
        request(
          { host: "localhost", port: again.port, path: "/simulator-info.json", ca: readFileSync(again.certPath) },
          (res) => {
            let body = "";
            res.on("data", (chunk: Buffer) => (body += chunk.toString()));
            res.on("end", () => resolve(body));
          },
        )
          .on("error", reject)
          .end();
      });
      expect(JSON.parse(info)).toEqual({ policyFile: "policy/examples/healthcare.json" });
      expect(JSON.parse((await get("/simulator-info.json")).body.toString())).toEqual({ policyFile: null });
    } finally {
      await again.close();
    }
  });
});
