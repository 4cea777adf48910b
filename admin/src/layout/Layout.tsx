import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { PickerProvider } from '../common/DateInputs';
import { Menu } from './Menu';

// The app bar is react-admin's own: with two locales it shows the language switch (LocalesMenuButton).
export const Layout = ({ children }: { children: ReactNode }) => (
  <PickerProvider>
    {/* minWidth 0: a wide table scrolls inside the page instead of pushing the toolbar off-screen. */}
    <RaLayout menu={Menu} sx={{ '& .RaLayout-content': { minWidth: 0 } }}>
      {children}
    </RaLayout>
  </PickerProvider>
);
