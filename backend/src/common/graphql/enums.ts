import { registerEnumType } from '@nestjs/graphql';
import {
  ASSET_STATUSES, BLACK_SPOT_CATEGORIES, CABLE_TYPES, CAMERA_KINDS, DORI_LEVELS, ENDPOINT_KINDS,
  INSTALL_METHODS, NETWORK_NODE_KINDS, POLE_KINDS, POWER_SOURCE_KINDS,
  RECORDING_MODES, SCENE_ACTIVITIES, VIDEO_CODECS,
} from '../../core/domain';

/**
 * GraphQL enums are the domain's own lowercase words (`planned`, `fiber_run` ...), the same from
 * the table to the screen; each object maps a value to itself.
 */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const AssetStatusEnum = enumObject(ASSET_STATUSES);
export const PoleKindEnum = enumObject(POLE_KINDS);
export const CameraKindEnum = enumObject(CAMERA_KINDS);
export const NetworkNodeKindEnum = enumObject(NETWORK_NODE_KINDS);
export const InstallMethodEnum = enumObject(INSTALL_METHODS);
export const CableTypeEnum = enumObject(CABLE_TYPES);
export const PowerSourceKindEnum = enumObject(POWER_SOURCE_KINDS);
export const BlackSpotCategoryEnum = enumObject(BLACK_SPOT_CATEGORIES);
export const DoriLevelEnum = enumObject(DORI_LEVELS);
export const EndpointKindEnum = enumObject(ENDPOINT_KINDS);
export const VideoCodecEnum = enumObject(VIDEO_CODECS);
export const SceneActivityEnum = enumObject(SCENE_ACTIVITIES);
export const RecordingModeEnum = enumObject(RECORDING_MODES);

registerEnumType(AssetStatusEnum, {
  name: 'AssetStatus',
  description: 'Life cycle of a physical asset, from design to removal.',
});
registerEnumType(PoleKindEnum, { name: 'PoleKind', description: 'What a camera can be mounted on.' });
registerEnumType(CameraKindEnum, { name: 'CameraKind', description: 'Fixed bullet, fixed dome or pan-tilt-zoom.' });
registerEnumType(NetworkNodeKindEnum, { name: 'NetworkNodeKind', description: 'Role of a point in the fiber network.' });
registerEnumType(InstallMethodEnum, { name: 'InstallMethod', description: 'How a cable is laid.' });
registerEnumType(CableTypeEnum, { name: 'CableType', description: 'Fiber cable type (ITU-T fibre class).' });
registerEnumType(PowerSourceKindEnum, { name: 'PowerSourceKind', description: 'Where electricity comes from.' });
registerEnumType(BlackSpotCategoryEnum, { name: 'BlackSpotCategory', description: 'Why a place is a black spot.' });
registerEnumType(DoriLevelEnum, {
  name: 'DoriLevel',
  description: 'Level of detail per IEC/EN 62676-4: detection, observation, recognition, identification.',
});
registerEnumType(EndpointKindEnum, { name: 'EndpointKind', description: 'What a fiber run or power feed ends at.' });
registerEnumType(VideoCodecEnum, { name: 'VideoCodec', description: 'Video compression: H.264 or H.265, plain or smart (lower bitrate on still scenes).' });
registerEnumType(SceneActivityEnum, { name: 'SceneActivity', description: 'How busy the scene a camera watches is: quiet street, road, busy square.' });
registerEnumType(RecordingModeEnum, { name: 'RecordingMode', description: 'Continuous recording, or on events only.' });
