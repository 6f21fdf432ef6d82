import { isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * `CreateCameraInput.headingDegrees` means exactly what `Camera.headingDegrees` means: an input field
 * of `CreateXInput` / `UpdateXInput` / `XFilter` without a description of its own takes the one of the
 * same field on type `X`, so that each meaning is written once (on the entity) and every field of the
 * schema is described.
 */
export function inheritInputDescriptions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    const baseName = type.name.replace(/^(Create|Update)/, '').replace(/(Input|Filter)$/, '');
    const base = schema.getType(baseName);
    if (!isObjectType(base)) continue;
    const baseFields = base.getFields();
    for (const field of Object.values(type.getFields())) {
      if (!field.description && baseFields[field.name]?.description) field.description = baseFields[field.name].description;
    }
  }
  return schema;
}
