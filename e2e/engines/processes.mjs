/**
 * Child processes of the engine layer (Xvfb, WebKitWebDriver): started in their own
 * process group on a free display/port, and always stopped — by `stop()`, and as a last
 * resort when this Node process exits (a crashed test file leaves nothing running).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Every process group we started and have not stopped yet. */
const running = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/**
 * Starts `command` in a new process group. Its stderr is kept (last 4 KiB) for error
 * messages. `extraFds` adds pipes after stdio (fd 3, …).
 * @returns {{ child: import('node:child_process').ChildProcess, stderr: () => string, stop: () => Promise<void> }}
 */
export function startProcess(command, args, { env = process.env, extraFds = 0 } = {}) {
  const child = spawn(command, args, {
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', ...Array(extraFds).fill('pipe')],
  });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4096);
  });
  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
    child.once('error', resolve);
  });
  child.once('exit', () => running.delete(child));
  child.once('error', () => running.delete(child));
  return {
    child,
    stderr: () => stderr.trim(),
    exited,
    /** SIGTERM to the whole group (the driver's browser too), SIGKILL after 3 s. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
      killGroup(child, 'SIGKILL'); // anything left in the group (a browser the driver started)
    },
  };
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort() {
  const probe = createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts Xvfb on a display number it picks itself (`-displayfd`: no race with other X
 * servers on the machine) and resolves to `{ display: ':N', stop }`. `-noreset`: by
 * default an X server resets when its last client disconnects, and a browser that
 * connects during that reset fails with "cannot open display" — which every closed
 * WebDriver session would otherwise risk for the next one.
 */
export async function startXvfb({ timeout = 10_000 } = {}) {
  const xvfb = startProcess('Xvfb', ['-displayfd', '3', '-noreset', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    extraFds: 1,
  });
  const number = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display within ${timeout} ms`)), timeout);
    xvfb.child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    xvfb.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it reported a display: ${xvfb.stderr()}`));
    });
  }).catch(async (error) => {
    await xvfb.stop();
    throw error;
  });
  return { display: `:${number}`, stop: () => xvfb.stop() };
}
