import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';

/** 合作方: the partners whose keys created the orders the user may see (`orderPartners`, readable by all who read orders). */
export const PartnerInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data: partners = [] } = useQuery({
    queryKey: ['orderPartners'],
    queryFn: async () => (await dataProvider.orderPartners()).data,
    staleTime: 60_000,
  });
  const choices = partners.map((p) => ({ id: p.id, name: `${p.name}（${translate(`enums.PartnerKind.${p.partnerKind}`)}）` }));
  return <AutocompleteInput source={source} choices={choices} translateChoice={false} sx={{ minWidth: 220 }} />;
};
