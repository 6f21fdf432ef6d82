import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MAP_LAYER_IDS, type MapLayerId } from '../layerCatalog';
import { LayerPanel } from './LayerPanel';

function Harness({ onChange }: { onChange?: (layers: readonly MapLayerId[]) => void }) {
  const [visible, setVisible] = useState<readonly MapLayerId[]>(MAP_LAYER_IDS);
  return (
    <LayerPanel
      visibleLayers={visible}
      onChange={(layers) => {
        setVisible(layers);
        onChange?.(layers);
      }}
      featureCounts={{ cameras: 1234, poles: 'error' }}
    />
  );
}

describe('LayerPanel', () => {
  it('lists every layer as a labelled checkbox, top layer first', () => {
    render(<Harness />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(MAP_LAYER_IDS.length);
    expect(boxes[0]).toHaveAccessibleName(/Cameras/);
    expect(screen.getByLabelText(/Fields of view/)).toBeChecked();
    expect(screen.getByTestId('layer-toggle-cameras')).toHaveAccessibleName(/1,234/);
    expect(screen.getByTestId('layer-toggle-poles')).toHaveAccessibleName(/not loaded/);
  });

  it('hides and shows a layer, keeping the catalog order', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const cameras = screen.getByTestId('layer-toggle-cameras');
    fireEvent.click(cameras);
    expect(cameras).not.toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(MAP_LAYER_IDS.filter((id) => id !== 'cameras'));
    fireEvent.click(screen.getByLabelText(/Cameras/));
    expect(cameras).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(MAP_LAYER_IDS);
  });

  it('is operable from the keyboard: native checkboxes that take focus', () => {
    render(<Harness />);
    const zones = screen.getByTestId('layer-toggle-zones');
    zones.focus();
    expect(zones).toHaveFocus();
    expect(zones.tagName).toBe('INPUT');
    expect(zones).toHaveAttribute('type', 'checkbox');
  });

  it('hides everything, then shows everything', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide all' }));
    expect(screen.getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
  });
});
