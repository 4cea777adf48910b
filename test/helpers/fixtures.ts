import type { EntityManager } from '@mikro-orm/postgresql';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { Code } from '../../api/src/modules/code-table/code.entity';
import { CodeGroup } from '../../api/src/modules/code-table/code-group.entity';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { Customer, CustomerKind } from '../../api/src/modules/customer/customer.entity';
import { Brand } from '../../api/src/modules/product/brand.entity';
import { Manufacturer } from '../../api/src/modules/product/manufacturer.entity';
import { Product } from '../../api/src/modules/product/product.entity';
import { ProductCategory } from '../../api/src/modules/product/product-category.entity';
import { ProductUnit } from '../../api/src/modules/product/product-unit.entity';
import { Region } from '../../api/src/modules/region/region.entity';
import { ServiceStation, StationKind } from '../../api/src/modules/station/service-station.entity';
import { Technician } from '../../api/src/modules/station/technician.entity';
import { Warehouse } from '../../api/src/modules/station/warehouse.entity';
import { Part } from '../../api/src/modules/part/part.entity';

/** Loose overrides: relations may be given as entities. */
type Data<T> = { [K in keyof T]?: unknown };

let seq = 0;
const next = (prefix: string) => `${prefix}${String(++seq).padStart(4, '0')}`;

/**
 * Test data written straight through the ORM (not audited), each call with unique codes.
 * Every function takes overrides for the fields a test cares about.
 */
export class Fixtures {
  constructor(private readonly em: EntityManager) {}

  private async save<T extends object>(entity: T): Promise<T> {
    this.em.persist(entity);
    await withoutAudit(() => this.em.flush());
    return entity;
  }

  region(data: Data<Region> = {}) {
    return this.save(this.em.create(Region, { code: next('R'), name: next('区域'), level: 2, ...data } as never) as Region);
  }

  manufacturer(data: Data<Manufacturer> = {}) {
    return this.save(this.em.create(Manufacturer, { code: next('M'), name: next('厂家'), ...data } as never) as Manufacturer);
  }

  async brand(data: Data<Brand> & Record<string, any> = {}) {
    const manufacturer = data.manufacturer ?? (await this.manufacturer());
    return this.save(this.em.create(Brand, { code: next('B'), name: next('品牌'), ...data, manufacturer } as never) as Brand);
  }

  category(data: Data<ProductCategory> = {}) {
    return this.save(this.em.create(ProductCategory, { code: next('C'), name: next('类别'), ...data } as never) as ProductCategory);
  }

  async product(data: Data<Product> & Record<string, any> = {}) {
    const brand = (data.brand as Brand | undefined) ?? (await this.brand());
    const category = data.category ?? (await this.category());
    return this.save(
      this.em.create(Product, {
        modelNumber: next('MODEL-'),
        name: next('产品'),
        warrantyMonths: 12,
        ...data,
        brand,
        category,
        manufacturer: brand.manufacturer,
      } as never) as Product,
    );
  }

  customer(data: Data<Customer> = {}) {
    const n = ++seq;
    return this.save(
      this.em.create(Customer, {
        name: `客户${n}`,
        kind: CustomerKind.INDIVIDUAL,
        mobile: `139${String(n).padStart(8, '0')}`,
        ...data,
      } as never) as Customer,
    );
  }

  async unit(data: Data<ProductUnit> & Record<string, any> = {}) {
    const product = data.product ?? (await this.product());
    const owner = data.owner === undefined ? await this.customer() : data.owner;
    return this.save(
      this.em.create(ProductUnit, { serialNumber: next('SN'), purchaseDate: '2026-01-10', ...data, product, owner } as never) as ProductUnit,
    );
  }

  station(data: Data<ServiceStation> = {}) {
    return this.save(
      this.em.create(ServiceStation, { code: next('S'), name: next('维修站'), kind: StationKind.AUTHORISED, ...data } as never) as ServiceStation,
    );
  }

  async technician(data: Data<Technician> & Record<string, any> = {}) {
    const station = data.station ?? (await this.station());
    return this.save(this.em.create(Technician, { code: next('T'), name: next('师傅'), ...data, station } as never) as Technician);
  }

  async warehouse(data: Data<Warehouse> & Record<string, any> = {}) {
    const station = data.station ?? (await this.station());
    return this.save(this.em.create(Warehouse, { code: next('W'), name: next('仓库'), ...data, station } as never) as Warehouse);
  }

  part(data: Data<Part> = {}) {
    return this.save(this.em.create(Part, { code: next('P'), name: next('配件'), salePrice: 10, costPrice: 5, ...data } as never) as Part);
  }

  codeGroup(kind: CodeKind, data: Data<CodeGroup> = {}) {
    return this.save(this.em.create(CodeGroup, { kind, code: next('G'), name: next('组'), ...data } as never) as CodeGroup);
  }

  async code(kind: CodeKind, data: Data<Code> & Record<string, any> = {}) {
    const group = data.group ?? (await this.codeGroup(kind));
    return this.save(this.em.create(Code, { code: next('K'), name: next('代码'), ...data, kind, group } as never) as Code);
  }
}
