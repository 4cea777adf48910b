import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsNotEmpty, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { IsAmount, IsMobileCN } from '../../common/validators';
import { StationKind } from './service-station.entity';
import { TechnicianStatus } from './technician.entity';
import { WarehouseKind } from './warehouse.entity';

@InputType()
export class ServiceStationCreateInput {
  @Field() @IsNotEmpty() @MaxLength(30) code!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => StationKind) kind!: StationKind;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(60) contact?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(30) phone?: string | null;
  @Field(() => Float, { nullable: true }) @Min(-90) @Max(90) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @Min(-180) @Max(180) longitude?: number | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(2000) serviceRadiusKm?: number;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(10000) dailyCapacity?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ServiceStationUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(30) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => StationKind, { nullable: true }) kind?: StationKind;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(60) contact?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(30) phone?: string | null;
  @Field(() => Float, { nullable: true }) @Min(-90) @Max(90) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @Min(-180) @Max(180) longitude?: number | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(2000) serviceRadiusKm?: number;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(10000) dailyCapacity?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class ServiceStationFilter extends ListFilter {
  @Field(() => StationKind, { nullable: true }) kind?: StationKind;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class TechnicianCreateInput {
  @Field() @IsNotEmpty() @MaxLength(30) code!: string;
  @Field() @IsNotEmpty() @MaxLength(60) name!: string;
  @Field(() => String, { nullable: true }) @IsMobileCN() mobile?: string | null;
  @Field(() => ID) @IsUUID() stationId!: string;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(5) skillGrade?: number;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(100) dailyOrderLimit?: number;
  @Field(() => Float, { nullable: true }) @IsAmount() baseWage?: number;
  @Field(() => Float, { nullable: true }) @IsAmount() wageCap?: number | null;
  @Field(() => Float, { nullable: true }) @Min(0) @Max(10) commissionCoefficient?: number;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(100) @IsUUID('all', { each: true }) regionIds?: string[];
  @Field(() => TechnicianStatus, { nullable: true }) status?: TechnicianStatus;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class TechnicianUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(30) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(60) name?: string;
  @Field(() => String, { nullable: true }) @IsMobileCN() mobile?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(5) skillGrade?: number;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(100) dailyOrderLimit?: number;
  @Field(() => Float, { nullable: true }) @IsAmount() baseWage?: number;
  @Field(() => Float, { nullable: true }) @IsAmount() wageCap?: number | null;
  @Field(() => Float, { nullable: true }) @Min(0) @Max(10) commissionCoefficient?: number;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(100) @IsUUID('all', { each: true }) regionIds?: string[];
  @Field(() => TechnicianStatus, { nullable: true }) status?: TechnicianStatus;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class TechnicianFilter extends ListFilter {
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => TechnicianStatus, { nullable: true }) status?: TechnicianStatus;
  @Field(() => ID, { nullable: true, description: 'Technicians covering this region' }) @IsUUID() regionId?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class WarehouseCreateInput {
  @Field() @IsNotEmpty() @MaxLength(30) code!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => ID) @IsUUID() stationId!: string;
  @Field({ nullable: true }) central?: boolean;
  @Field(() => WarehouseKind, { nullable: true }) kind?: WarehouseKind;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class WarehouseUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(30) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field({ nullable: true }) central?: boolean;
  @Field(() => WarehouseKind, { nullable: true }) kind?: WarehouseKind;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class WarehouseFilter extends ListFilter {
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field({ nullable: true }) central?: boolean;
  @Field(() => WarehouseKind, { nullable: true }) kind?: WarehouseKind;
  @Field({ nullable: true }) active?: boolean;
}
