import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectImportWorker, type ImportProgress, type ImportRequest, type ImportResponse, type WorkerLike } from './index';
import { bytesOf, collection, feature } from './fixtures/helpers';

type Listener = (event: MessageEvent<ImportResponse>) => void;

/** Runs `import.worker.ts` in this thread: messages cross through structuredClone, as they would between threads. */
async function inThreadWorker(): Promise<WorkerLike & { crash(message: string): void }> {
  const listeners: Listener[] = [];
  const errorListeners: ((event: ErrorEvent) => void)[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent<ImportRequest>) => void) | null,
    postMessage: (message: ImportResponse) => listeners.forEach((l) => l({ data: structuredClone(message) } as MessageEvent<ImportResponse>)),
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./import.worker');
  return {
    postMessage: (request) => queueMicrotask(() => scope.onmessage?.({ data: structuredClone(request) } as MessageEvent<ImportRequest>)),
    terminate: () => undefined,
    addEventListener: (type: 'message' | 'error', listener: Listener | ((event: ErrorEvent) => void)) => {
      if (type === 'message') listeners.push(listener as Listener);
      else errorListeners.push(listener as (event: ErrorEvent) => void);
    },
    crash: (message) => errorListeners.forEach((l) => l({ message } as ErrorEvent)),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the import worker and its client', () => {
  it('imports through the worker protocol, reporting progress to the caller', async () => {
    const client = connectImportWorker(await inThreadWorker());
    const progress: ImportProgress[] = [];
    const result = await client.import('p.geojson', bytesOf(collection(feature({ type: 'Point', coordinates: [106.9, 27.7] }))),
      { sourceCrs: 'wgs84' }, (p) => progress.push(p));
    expect(result.layers[0]?.collection.features).toHaveLength(1);
    expect(progress.at(-1)).toEqual({ type: 'progress', phase: 'done', fraction: 1, id: 1 });
  });

  it('keeps concurrent imports apart', async () => {
    const client = connectImportWorker(await inThreadWorker());
    const [a, b] = await Promise.all([client.import('a.csv', bytesOf('lon,lat\n106,27\n')), client.import('b.csv', bytesOf('lon,lat\n107,28\n108,29\n'))]);
    expect([a.layers[0]?.name, b.layers[0]?.collection.features.length]).toEqual(['a', 2]);
  });

  it('resolves pending imports with a problem when the worker crashes or is terminated', async () => {
    const worker = await inThreadWorker();
    worker.postMessage = () => undefined;
    const client = connectImportWorker(worker);
    const crashed = client.import('a.geojson', bytesOf('{}'));
    worker.crash('out of memory');
    expect((await crashed).problems[0]?.message.en).toBe('The import worker failed: out of memory');
    const stopped = client.import('b.geojson', bytesOf('{}'));
    client.terminate();
    expect((await stopped).problems[0]?.rule).toBe('import-internal');
  });
});
