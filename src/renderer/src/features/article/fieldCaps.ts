// The most a field may hold, as the file format has it: a template's limit is advice the inspector
// warns about; this is the wall the inputs stop at.
import { MetaSchema } from '../../../../shared/article/meta'
import { isMetaField } from '../../../../shared/templates/schema'

const CUSTOM_FIELD_CAP = (MetaSchema.shape.fields.valueType as { maxLength: number | null }).maxLength ?? 5000

export function fieldCap(id: string): number | undefined {
  if (!isMetaField(id)) return CUSTOM_FIELD_CAP
  const schema = MetaSchema.shape[id] as { maxLength?: number | null }
  return schema.maxLength ?? undefined
}
