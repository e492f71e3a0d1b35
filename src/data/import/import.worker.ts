import { importFile } from './import-file';
import type { ImportRequest, ImportResponse } from './worker-protocol';

/** The parts of a dedicated worker's global scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, name, bytes, options } = event.data;
  void importFile(name, bytes, {
    ...options,
    onProgress: (progress) => scope.postMessage({ ...progress, id }),
  }).then((result) => scope.postMessage({ type: 'result', id, result }));
};
