import { t } from './problems';
import type { ImportProgress, ImportRequestOptions, ImportResult } from './types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

/** The import worker, seen from the main thread. */
export interface ImportWorker {
  /**
   * Imports a file off the main thread. Resolves, never rejects: a crashed worker gives a result
   * with one error problem. `bytes` are copied, so the caller keeps them.
   */
  import(name: string, bytes: Uint8Array, options?: ImportRequestOptions,
    onProgress?: (progress: ImportProgress) => void): Promise<ImportResult>;
  /** Stops the worker; pending imports resolve with an error problem. */
  terminate(): void;
}

/** The smallest part of `Worker` the client needs, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

interface Pending {
  name: string;
  resolve(result: ImportResult): void;
  onProgress?: (progress: ImportProgress) => void;
}

/** Starts the import worker (bundled by Vite from `import.worker.ts`). */
export function createImportWorker(): ImportWorker {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return connectImportWorker(worker as unknown as WorkerLike);
}

/** The client over a started worker: one request id per import, progress routed by id. */
export function connectImportWorker(worker: WorkerLike): ImportWorker {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const failAll = (detail: string): void => {
    for (const [id, p] of pending) {
      pending.delete(id);
      p.resolve(failedResult(p.name, detail));
    }
  };
  worker.addEventListener('message', (event) => {
    const message = event.data;
    const request = pending.get(message.id);
    if (!request) return;
    if (message.type === 'progress') request.onProgress?.(message);
    else {
      pending.delete(message.id);
      request.resolve(message.result);
    }
  });
  worker.addEventListener('error', (event) => failAll(event.message));
  return {
    import(name, bytes, options = {}, onProgress) {
      const id = nextId++;
      return new Promise<ImportResult>((resolve) => {
        pending.set(id, onProgress ? { name, resolve, onProgress } : { name, resolve });
        worker.postMessage({ type: 'import', id, name, bytes, options });
      });
    },
    terminate() {
      worker.terminate();
      failAll('terminated');
    },
  };
}

function failedResult(file: string, detail: string): ImportResult {
  return {
    layers: [], fixes: [],
    crs: { detected: { kind: 'unknown', label: t('没有坐标', 'No coordinates'), source: 'coordinates' }, appliedTransform: null },
    problems: [{
      severity: 'error', rule: 'import-internal', file,
      message: t(`导入线程出错:${detail}`, `The import worker failed: ${detail}`),
      fix: t('刷新页面后重试;若仍出错请报告。', 'Reload the page and try again; report it if it persists.'),
    }],
  };
}
