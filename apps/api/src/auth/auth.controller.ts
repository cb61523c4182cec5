import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsString, MinLength } from 'class-validator';
import { AuthService, Session } from './auth.service';
import { Public } from './public.decorator';

export class LoginDto {
  @IsString({ message: '请填写用户名' })
  @MinLength(1, { message: '请填写用户名' })
  username!: string;

  @IsString({ message: '请填写密码' })
  @MinLength(1, { message: '请填写密码' })
  password!: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: '登录成功：令牌、用户和权限规则' })
  login(@Body() body: LoginDto): Promise<Session> {
    return this.auth.login(body.username, body.password);
  }
}
