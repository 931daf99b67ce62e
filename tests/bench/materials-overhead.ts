// Placeholder until the generate-materials function exists (step 3 of issue 10).
export async function measureOverhead(_data: unknown, log: (line: string) => void): Promise<number | null> {
  log('function overhead: the generate-materials function is not built yet');
  return null;
}
