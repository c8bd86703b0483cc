import type { z } from 'zod';
import type {
  ActionSchema,
  ActionStatusSchema,
  AllocationKeySchema,
  BasicTaskSchema,
  BudgetLineSchema,
  BudgetYearSchema,
  ChapterSchema,
  ContributionsSchema,
  GoalSchema,
  MetricSchema,
  MetricValueSchema,
  MunicipalitySchema,
  NarrativeFigureSchema,
  PlanSchema,
  PoolSchema,
  SectionSchema,
  SubActionSchema,
} from './plan.schema';

export type Plan = z.infer<typeof PlanSchema>;
export type Municipality = z.infer<typeof MunicipalitySchema>;
export type Chapter = z.infer<typeof ChapterSchema>;
export type BasicTask = z.infer<typeof BasicTaskSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type SubAction = z.infer<typeof SubActionSchema>;
export type ActionStatus = z.infer<typeof ActionStatusSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type MetricValue = z.infer<typeof MetricValueSchema>;
export type BudgetYear = z.infer<typeof BudgetYearSchema>;
export type BudgetLine = z.infer<typeof BudgetLineSchema>;
export type Contributions = z.infer<typeof ContributionsSchema>;
export type Pool = z.infer<typeof PoolSchema>;
export type AllocationKey = z.infer<typeof AllocationKeySchema>;
export type NarrativeFigure = z.infer<typeof NarrativeFigureSchema>;
export type Language = Plan['language'];
