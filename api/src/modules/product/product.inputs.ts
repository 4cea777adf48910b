import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsNotEmpty, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ListFilter } from '../../graphql/list';
import { IsAmount } from '../../common/validators';

@InputType()
export class ManufacturerCreateInput {
  @Field() @IsNotEmpty() @MaxLength(30) code!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(60) contact?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(30) phone?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ManufacturerUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(30) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(60) contact?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(30) phone?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ManufacturerFilter extends ListFilter {
  @Field({ nullable: true }) @MaxLength(30) code?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class BrandCreateInput {
  @Field() @IsNotEmpty() @MaxLength(30) code!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => ID) @IsUUID() manufacturerId!: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class BrandUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(30) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class BrandFilter extends ListFilter {
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field({ nullable: true }) @MaxLength(30) code?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductCategoryCreateInput {
  @Field() @IsNotEmpty() @MaxLength(30) code!: string;
  @Field() @IsNotEmpty() @MaxLength(60) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(60) nameEn?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductCategoryUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(30) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(60) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(60) nameEn?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductCategoryFilter extends ListFilter {
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductCreateInput {
  @Field() @IsNotEmpty() @MaxLength(60) modelNumber!: string;
  @Field() @IsNotEmpty() @MaxLength(120) name!: string;
  @Field(() => ID) @IsUUID() brandId!: string;
  @Field(() => ID) @IsUUID() categoryId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the brand’s manufacturer' })
  @IsUUID()
  manufacturerId?: string;
  @Field(() => Int) @Min(0) @Max(120) warrantyMonths!: number;
  @Field(() => Float, { nullable: true }) @IsAmount() listPrice?: number | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(60) modelNumber?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(120) name?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() brandId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() categoryId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(120) warrantyMonths?: number;
  @Field(() => Float, { nullable: true }) @IsAmount() listPrice?: number | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductFilter extends ListFilter {
  @Field({ nullable: true, description: 'Part of the model number, in any case' }) @MaxLength(60) modelNumber?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() brandId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() categoryId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductUnitCreateInput {
  @Field() @IsNotEmpty() @MaxLength(60) serialNumber!: string;
  @Field(() => ID) @IsUUID() productId!: string;
  @Field(() => ID, { nullable: true }) @IsUUID() ownerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() userId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) purchaseDate?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) seller?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: '签收日期 Delivered to the customer: the warranty runs from here (else from the purchase date)' })
  deliveredOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) installationDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Overrides the derived warranty end' })
  warrantyEndsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the warranty end is set by hand: required with warrantyEndsOn' })
  @MaxLength(500)
  warrantyOverrideReason?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(2000) notes?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductUnitUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(60) serialNumber?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() ownerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() userId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) purchaseDate?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) seller?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: '签收日期 Delivered to the customer: the warranty runs from here (else from the purchase date)' })
  deliveredOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) installationDate?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'A date overrides the derived warranty end; null returns to the derived one',
  })
  warrantyEndsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the warranty end is set by hand: required with a warrantyEndsOn date' })
  @MaxLength(500)
  warrantyOverrideReason?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(2000) notes?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ProductUnitFilter extends ListFilter {
  @Field({ nullable: true }) @MaxLength(60) serialNumber?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() ownerId?: string;
  @Field(() => ID, { nullable: true, description: 'Units of products of this manufacturer' }) @IsUUID() manufacturerId?: string;
  @Field(() => LocalDateResolver, { nullable: true }) purchaseFrom?: string;
  @Field(() => LocalDateResolver, { nullable: true }) purchaseTo?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Only units in warranty on this date' })
  inWarrantyOn?: string;
  @Field({ nullable: true }) active?: boolean;
}
