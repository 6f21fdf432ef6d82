import { useEffect, useRef, useState } from 'react';
import type { CameraNode } from '../map/layers/camerasQuery';
import { draftOf, rebaseDraft, type CameraDraft } from './CameraEditor';

/** Where the user is dragging the selected camera's handles (not yet saved). */
export interface DragDraft {
  location?: [number, number];
  headingDegrees?: number;
}

/**
 * The selected camera's unsaved edits: the editor's draft and the handles' drag. A fresh draft whenever
 * another camera is selected; a new version of the same camera (a PTZ preset saved, an edit, an undo)
 * keeps what the user typed and has not applied.
 */
export function useCameraDrafts(selectedCamera: CameraNode | undefined) {
  const [cameraDraft, setCameraDraft] = useState<CameraDraft | null>(null);
  const [dragDraft, setDragDraft] = useState<DragDraft | null>(null);
  const draftBase = useRef<CameraNode | undefined>(undefined);
  useEffect(() => {
    const before = draftBase.current;
    draftBase.current = selectedCamera;
    setCameraDraft((draft) => {
      if (!selectedCamera) return null;
      return draft && before?.id === selectedCamera.id ? rebaseDraft(draft, before, selectedCamera) : draftOf(selectedCamera);
    });
    setDragDraft(null);
  }, [selectedCamera?.id, selectedCamera?.version]); // eslint-disable-line react-hooks/exhaustive-deps
  return { cameraDraft, setCameraDraft, dragDraft, setDragDraft };
}
