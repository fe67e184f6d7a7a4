/**
 * Holds a file lock the way Neo4j holds its store_lock (a Java FileChannel lock), from a separate
 * JVM: what another Neo4j on the same data folder looks like to a launcher that wants to start.
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HOLDER = `
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

public class HoldLock {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.lock();
            System.out.println("LOCKED");
            System.out.flush();
            while (System.in.read() != -1) { }
        }
    }
}
`;

export interface HeldLock {
  release(): Promise<void>;
}

/** Locks `file` from a new JVM; resolves once the lock is held. */
export async function holdFileLock(file: string): Promise<HeldLock> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-lock-holder-'));
  const source = path.join(dir, 'HoldLock.java');
  fs.writeFileSync(source, HOLDER);
  const jvm: ChildProcessWithoutNullStreams = spawn('java', [source, file], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => jvm.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the lock holder did not lock ${file} within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('LOCKED')) {
        clearTimeout(timer);
        resolve();
      }
    };
    jvm.stdout.on('data', onData);
    jvm.stderr.on('data', onData);
    jvm.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the lock holder exited (code ${code}):\n${output}`));
    });
  }).catch(async (error) => {
    jvm.kill('SIGKILL');
    await exited;
    throw error;
  });
  return {
    async release() {
      jvm.stdin.end();
      jvm.kill('SIGKILL');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
