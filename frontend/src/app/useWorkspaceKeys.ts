import { useEffect } from 'react';
import type { Planning, Tool } from '../planning/usePlanning';

/** Keyboard: Escape leaves a tool, then the selection; Ctrl+Z (Cmd+Z) undoes, for those who plan. Not while typing. */
export function useWorkspaceKeys({ tool, onTool, onDeselect, planning, canPlan }: {
  tool: Tool;
  onTool: (tool: Tool) => void;
  onDeselect: () => void;
  planning: Planning;
  canPlan: boolean;
}): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
      if (event.key === 'Escape' && !typing) {
        if (tool !== 'select') onTool('select');
        else onDeselect();
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing && canPlan) {
        event.preventDefault();
        void planning.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tool, onTool, onDeselect, planning, canPlan]);
}
