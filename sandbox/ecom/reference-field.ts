/** Ecwid leaves a field with no value out rather than null it: the reference, when there is one. */
export function referenceField(reference: string | null): { externalReferenceId?: string } {
  return reference === null ? {} : { externalReferenceId: reference };
}
