import './camera-stream.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { SCENE_ACTIVITIES, VIDEO_CODECS } from '../domain/vocabulary';
import { fetchCameraStream, type NodeOf } from '../editing/mutations';
import type { SceneActivity, VideoCodec } from '../gql/graphql';
import type { Planning } from './usePlanning';

type Stream = { version: number; sceneActivity: SceneActivity | null; codec: VideoCodec | null; modelCodec: VideoCodec };

/**
 * The camera's stream as the bandwidth sizing reads it: how busy its scene is (quiet street, road,
 * busy square; empty takes the recording profile's default) and the codec it is set to (empty: its
 * model's). Saved at once through the camera's update with the version on screen, undoable like any
 * edit; the map's columns do not carry these fields, so they are read for the selected camera.
 */
export function CameraStream({ camera, planning, canPlan, blockedReason }: {
  camera: NodeOf['Camera'];
  planning: Planning;
  canPlan: boolean;
  /** Why it cannot be changed right now (unapplied edits in the camera's form). */
  blockedReason?: string;
}) {
  const { t } = useTranslation();
  const key = `${camera.id}:${camera.version}:${camera.model?.id ?? ''}`;
  const [read, setRead] = useState<{ key: string; stream?: Stream | null; error?: string } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchCameraStream(camera.id, abort.signal).then(
      (stream) => !abort.signal.aborted && setRead({ key, stream }),
      (error: unknown) => !abort.signal.aborted && setRead({ key, error: userMessage(error).message }),
    );
    return () => abort.abort();
  }, [camera.id, key]);
  const stream = read?.key === key ? read.stream : undefined;

  const save = (changes: { sceneActivity?: SceneActivity | null; codec?: VideoCodec | null }) => {
    if (!stream) return;
    // `before` carries the values as shown, so that undo restores them.
    void planning.update('Camera', { ...camera, sceneActivity: stream.sceneActivity, codec: stream.codec }, changes,
      t('stream.saved', { code: camera.code }), labelOf('camera').toLowerCase());
  };
  const disabled = !canPlan || planning.busy || !stream || blockedReason !== undefined;
  const id = `camera-stream-${camera.id}`;
  return (
    <div className="form-grid camera-stream" data-testid="camera-stream" data-state={stream ? 'loaded' : read?.error ? 'error' : 'loading'}
      data-scene={stream?.sceneActivity ?? ''} data-codec={stream?.codec ?? ''}>
      <h3 className="form-wide">{t('stream.heading')}</h3>
      <label htmlFor={`${id}-scene`}>{t('stream.scene')}</label>
      <select id={`${id}-scene`} data-testid="camera-scene" value={stream?.sceneActivity ?? ''} disabled={disabled}
        onChange={(event) => save({ sceneActivity: (event.currentTarget.value || null) as SceneActivity | null })}>
        <option value="">{t('stream.profileDefault')}</option>
        {SCENE_ACTIVITIES.map((value) => <option key={value} value={value}>{labelOf(value)}</option>)}
      </select>
      <label htmlFor={`${id}-codec`}>{t('stream.codec')}</label>
      <select id={`${id}-codec`} data-testid="camera-codec" value={stream?.codec ?? ''} disabled={disabled}
        onChange={(event) => save({ codec: (event.currentTarget.value || null) as VideoCodec | null })}>
        <option value="">{t('stream.modelCodec', { codec: stream ? labelOf(stream.modelCodec) : '…' })}</option>
        {VIDEO_CODECS.map((value) => <option key={value} value={value}>{labelOf(value)}</option>)}
      </select>
      <span className="field-note form-wide">{blockedReason ?? t('stream.note')}</span>
      {read?.key === key && read.error && <p className="form-error form-wide" role="alert">{read.error}</p>}
    </div>
  );
}
