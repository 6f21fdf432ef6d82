import { registerEnumType } from '@nestjs/graphql';
import {
  FAULT_ASSET_TYPES, FAULT_CATEGORIES, FAULT_CHANNELS, FAULT_RESOLUTIONS, FAULT_STATES,
} from '../core/maintenance';

const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const FaultCategoryEnum = enumObject(FAULT_CATEGORIES);
export const FaultStateEnum = enumObject(FAULT_STATES);
export const FaultResolutionEnum = enumObject(FAULT_RESOLUTIONS);
export const FaultChannelEnum = enumObject(FAULT_CHANNELS);
export const FaultAssetTypeEnum = enumObject(FAULT_ASSET_TYPES);
export const FAULT_EVENT_KINDS = ['logged', 'state_changed', 'assigned', 'priority_changed', 'edited', 'commented'] as const;
export type FaultEventKind = (typeof FAULT_EVENT_KINDS)[number];
export const FaultEventKindEnum = enumObject(FAULT_EVENT_KINDS);

registerEnumType(FaultCategoryEnum, { name: 'FaultCategory', description: 'What is wrong, as reported.' });
registerEnumType(FaultStateEnum, {
  name: 'FaultState',
  description: 'Lifecycle: open -> acknowledged -> in_progress -> resolved -> closed; resolved or closed may be reopened.',
});
registerEnumType(FaultResolutionEnum, { name: 'FaultResolution', description: 'What was done to resolve a fault.' });
registerEnumType(FaultChannelEnum, { name: 'FaultChannel', description: 'How the fault was reported.' });
registerEnumType(FaultAssetTypeEnum, { name: 'FaultAssetType', description: 'The kind of asset a fault is logged on.' });
registerEnumType(FaultEventKindEnum, { name: 'FaultEventKind', description: 'What one entry of a fault history records.' });
