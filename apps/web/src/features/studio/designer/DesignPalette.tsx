import { useDraggable } from '@dnd-kit/core';
import { Button, Tooltip, Typography } from 'antd';
import { memo } from 'react';
import { PALETTE, type DesignKind, type PaletteItem } from './design-kinds';
import { paletteDragId, type DragData } from './design-dnd';

/**
 * The components a form is made of. Drag one into the structure, or click it (Enter with the keyboard) to add it
 * where `placement` says: into the selected container, after the selected field, or at the end of the form.
 * Only the pointer drags from here (the keyboard adds with Enter, then moves the node in the structure).
 */
export const DesignPalette = memo(function DesignPalette({ onAdd, placement, readOnly }: { onAdd: (kind: DesignKind) => void; placement: string; readOnly: boolean }) {
  return (
    <div className="designer-palette" role="group" aria-label="组件栏" data-testid="designer-palette">
      <Typography.Text type="secondary" style={{ fontSize: 12 }} className="designer-palette-hint">
        {readOnly ? '只读：不能添加组件' : `点选添加到：${placement}`}
      </Typography.Text>
      {PALETTE.map((item) => (
        <PaletteButton key={item.kind} item={item} onAdd={onAdd} readOnly={readOnly} />
      ))}
    </div>
  );
});

function PaletteButton({ item, onAdd, readOnly }: { item: PaletteItem; onAdd: (kind: DesignKind) => void; readOnly: boolean }) {
  const drag = useDraggable({ id: paletteDragId(item.kind), data: { type: 'palette', kind: item.kind } satisfies DragData, disabled: readOnly });
  return (
    <Tooltip title={item.hint} placement="right">
      <Button
        ref={drag.setNodeRef}
        onPointerDown={drag.listeners?.['onPointerDown'] as never}
        size="small"
        disabled={readOnly}
        onClick={() => onAdd(item.kind)}
        aria-label={`添加${item.label}`}
        data-testid={`palette-${item.kind}`}
        style={{ textAlign: 'left', opacity: drag.isDragging ? 0.5 : 1 }}
      >
        {item.label}
      </Button>
    </Tooltip>
  );
}
