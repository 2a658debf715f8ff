// https for the dev server (Office loads add-ins only over https), and never a reason for `npm start` to fail:
//  1. office-addin-dev-certs: a developer CA it installs into the system's trust store (the Yo Office way);
//  2. it generates the CA but cannot install it (root shell without sudo, a locked-down machine): serve with
//     that certificate anyway and print how to trust the CA by hand;
//  3. it is missing or cannot even generate: webpack-dev-server's own self-signed certificate.
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

function readGeneratedCertificates() {
  const out = {};
  for (const [k, f] of Object.entries(FILES)) {
    const file = path.join(CERT_DIR, f);
    if (!fs.existsSync(file)) return null;
    out[k] = fs.readFileSync(file);
  }
  return out;
}

function trustSteps(caFile) {
  const lines = [`The certificate is not trusted yet. To trust its CA (${caFile}):`];
  if (process.platform === "linux") {
    lines.push(
      "  system:   mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs && \\",
      `            cp '${caFile}' /usr/local/share/ca-certificates/office-addin-dev-certs/ && update-ca-certificates`,
      "  Chromium: certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n 'Office Add-in Dev CA' -i " + `'${caFile}'` + "  (apt-get install libnss3-tools)",
      "  Firefox:  Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import",
    );
  } else if (process.platform === "darwin") {
    lines.push(`  security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db '${caFile}'`);
  } else {
    lines.push(`  certutil -user -addstore Root "${caFile}"`);
  }
  lines.push("Or open https://localhost:3000/taskpane.html once and accept the browser's warning.");
  return lines.join("\n");
}

/** Advice for the user: to the console, and to the file npm start prints once the server answers. */
function advise(log, text) {
  log.warn(text);
  const file = process.env.THIDUA_HTTPS_NOTE_FILE;
  if (file) fs.appendFileSync(file, `${text}\n`);
}

function firstLine(error) {
  return String((error && error.message) || error).split("\n").find((l) => l.trim()) || "unknown error";
}

/**
 * Why the CA could not be installed, in words, instead of the shell's own line ("/bin/sh: 1: sudo: not found"):
 * installing it runs `sudo`, which a root shell in a container or a locked-down machine may not have or allow.
 */
function explainCertificateError(error) {
  const text = String((error && (error.stderr || error.message)) || error);
  if (/sudo:? (command )?not found|sudo: No such file/i.test(text)) {
    return "this machine has no sudo (a root shell or a container, say), so the certificate's CA could not be added to the system's trusted certificates. The pane is served anyway; trust the CA by hand as below.";
  }
  if (/a (terminal|password) is required|no tty present|askpass/i.test(text)) {
    return "sudo needs a password and npm start cannot ask for one here. Trust the CA by hand as below, or run `npx office-addin-dev-certs install` once in a terminal.";
  }
  if (/not in the sudoers|not allowed to execute|may not run sudo/i.test(text)) {
    return "your account may not use sudo, so the certificate's CA could not be added to the system's trusted certificates. Trust it by hand as below (in the browser), or ask the machine's administrator.";
  }
  if (/EACCES|permission denied|EPERM|operation not permitted/i.test(text)) {
    return "there is no permission to write the system's trusted certificates. Trust the CA by hand as below (in the browser), or ask the machine's administrator.";
  }
  return `${firstLine(error).replace(/^Unable to install the CA certificate\.\s*/, "")}. Trust the CA by hand as below.`;
}

/** The devServer.server option: https with the best certificate available. */
async function devServerHttps(log = console) {
  let devCerts = null;
  try {
    devCerts = require("office-addin-dev-certs"); // an optionalDependency: may be absent
  } catch {
    advise(log, "office-addin-dev-certs is not installed.");
  }
  if (devCerts) {
    try {
      const o = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca: o.ca, cert: o.cert, key: o.key } };
    } catch (e) {
      advise(log, `The development certificate was not installed: ${explainCertificateError(e)}`);
    }
    const generated = readGeneratedCertificates();
    if (generated) {
      advise(log, trustSteps(path.join(CERT_DIR, FILES.ca)));
      return { type: "https", options: generated };
    }
  }
  const selfSigned = path.join(process.cwd(), "node_modules", ".cache", "webpack-dev-server", "server.pem");
  advise(log, `Using webpack-dev-server's self-signed certificate (${selfSigned}).`);
  advise(log, trustSteps(selfSigned));
  return "https";
}

module.exports = { devServerHttps, explainCertificateError, trustSteps };
