import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { AuthService, Session } from './auth.service';
import { Public } from './public.decorator';

export class LoginDto {
  @IsString({ message: '请填写用户名' })
  @MinLength(1, { message: '请填写用户名' })
  @MaxLength(64, { message: '用户名不能超过 64 个字符' })
  username!: string;

  @IsString({ message: '请填写密码' })
  @MinLength(1, { message: '请填写密码' })
  @MaxLength(256, { message: '密码不能超过 256 个字符' })
  password!: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: '登录成功：短期令牌（JWT_TTL，默认 2 小时）、用户和权限规则' })
  @ApiTooManyRequestsResponse({ description: '同一地址对同一账号 1 分钟内失败 5 次后，暂停登录' })
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<Session> {
    return this.auth.login(body.username, body.password, ip);
  }
}
