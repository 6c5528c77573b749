/**
 * Which dataset the page shows and the import/reset actions (useDataset), for the parts that
 * load or export data, without passing them down through the layout. The hook throws outside
 * its provider.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { useDataset } from './useDataset';

export type DatasetIO = ReturnType<typeof useDataset>;

const DatasetContext = createContext<DatasetIO | null>(null);

export function DatasetProvider({ value, children }: { value: DatasetIO; children: ReactNode }) {
  return <DatasetContext value={value}>{children}</DatasetContext>;
}

export function useDatasetIO(): DatasetIO {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDatasetIO() needs a <DatasetProvider> above it');
  return value;
}
