import type { ReactNode } from 'react';

/**
 * Plain DOM stand-ins for @tarojs/components in component tests: the behaviour under test is
 * ours (what shows, what a tap does), not Taro's web components. Use with
 * `jest.mock('@tarojs/components', () => require('<path>/tests/support/taro-components-mock'))`.
 */
type Props = { className?: string; children?: ReactNode; onClick?: () => void; 'aria-disabled'?: boolean };

export const View = ({ className, children, onClick, ...rest }: Props) => (
  <div className={className} onClick={onClick} aria-disabled={rest['aria-disabled']}>
    {children}
  </div>
);
export const Text = ({ className, children, onClick }: Props) => (
  <span className={className} onClick={onClick}>
    {children}
  </span>
);
export const Button = ({ className, children, onClick }: Props) => (
  <button className={className} onClick={onClick}>
    {children}
  </button>
);
