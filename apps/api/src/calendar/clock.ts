import { Injectable } from '@nestjs/common';

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The only place the api reads the time. Dates are China's (UTC+8) whatever the server's time zone. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today in China, YYYY-MM-DD. */
  today(): string {
    return CHINA_DATE.format(this.now());
  }
}
