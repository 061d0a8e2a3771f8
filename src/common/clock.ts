import { Injectable } from '@nestjs/common';
import { todayInAmsterdam } from '../deadlines';

/** "Today" as the product means it: the date in Europe/Amsterdam. Tests replace this provider. */
@Injectable()
export class Clock {
  today(): string {
    return todayInAmsterdam();
  }

  now(): Date {
    return new Date();
  }
}
