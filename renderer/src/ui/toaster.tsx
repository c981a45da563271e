import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Toast } from 'radix-ui';
import { useTranslation } from 'react-i18next';

/** Short confirmations ("Key copied") and non-blocking errors, announced to screen readers. */
export interface ToastInput {
  title: string;
  description?: string;
  kind?: 'info' | 'success' | 'error';
}

interface ToastItem extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

let nextId = 1;

export function Toaster({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ToastItem[]>([]);
  const push = useCallback((toast: ToastInput) => {
    setItems((list) => [...list.slice(-3), { ...toast, id: nextId++ }]);
  }, []);
  const remove = (id: number) => setItems((list) => list.filter((item) => item.id !== id));
  const value = useMemo(() => push, [push]);

  return (
    <ToastContext.Provider value={value}>
      <Toast.Provider swipeDirection="right" duration={4000} label={t('app.dismiss')}>
        {children}
        {items.map((item) => (
          <Toast.Root
            key={item.id}
            className="toast"
            data-kind={item.kind ?? 'info'}
            type={item.kind === 'error' ? 'foreground' : 'background'}
            duration={item.kind === 'error' ? 8000 : 4000}
            onOpenChange={(open) => {
              if (!open) remove(item.id);
            }}
          >
            <div className="alert-body">
              <Toast.Title className="toast-title">{item.title}</Toast.Title>
              {item.description && (
                <Toast.Description className="toast-description">
                  {item.description}
                </Toast.Description>
              )}
            </div>
            <Toast.Close className="btn btn-icon" aria-label={t('app.dismiss')}>
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}
